/// The template of the grid page.
enum GridTemplates {
    static let page = """
        <h1>{{t.grid_title}}</h1>
        <p class="lead">{{t.grid_intro}}</p>
        {{^hasGrids}}<p class="note" id="no-grids">{{t.grid_none}} <code translate="no">oasis grids import grids.geojson</code></p>{{/hasGrids}}
        {{#hasGrids}}
        <div class="chart map" id="grid-map">{{{map}}}</div>
        <div class="scroll">
        <table class="list" id="grid-figures">
          <thead><tr><th scope="col">{{t.grid_code}}</th><th scope="col">{{t.grid_name}}</th><th scope="col">{{t.grid_workers}}</th><th scope="col" class="num">{{t.grid_patrol}}</th><th scope="col" class="num">{{t.grid_citizen}}</th><th scope="col" class="num">{{t.grid_closed}}</th><th scope="col" class="num">{{t.grid_on_time}}</th><th scope="col" class="num">{{t.grid_on_time_rate}}</th></tr></thead>
          <tbody>{{#rows}}<tr data-grid="{{code}}"><td translate="no">{{code}}</td><td translate="no">{{name}}</td><td translate="no">{{workers}}</td><td class="num">{{patrol}}</td><td class="num">{{citizen}}</td><td class="num">{{closed}}</td><td class="num">{{onTime}}</td><td class="num">{{rate}}</td></tr>{{/rows}}</tbody>
        </table>
        </div>
        {{/hasGrids}}
        <p class="note">{{t.grid_note}}</p>
        """
}
