import OasisServices

/// The template of the living-circle page.
enum LivingCircleTemplates {
    static let page = """
        <h1>{{t.living_title}} · {{name}}</h1>
        <p class="lead">{{t.living_intro}}</p>
        <form method="get" action="/living-circles" class="filters">
          <label for="region">{{t.living_region}}</label>
          <input id="region" name="region" value="{{code}}" size="8" inputmode="numeric">
          <button type="submit">{{t.button_ok}}</button>
        </form>
        {{#hasChildren}}<p class="actions">{{t.living_subregions}}: {{#children}}<a href="/living-circles?region={{code}}" lang="{{nameLang}}">{{name}}</a> {{/children}}</p>{{/hasChildren}}
        <p id="layer-counts">{{counts}}</p>
        {{^hasAccess}}<p class="note" id="no-network">{{t.living_no_network}}</p>{{/hasAccess}}
        {{#truncated}}<p class="note">{{t.living_truncated}} {{limit}}</p>{{/truncated}}
        <div class="chart" id="living-map">{{{map}}}</div>
        <h2>{{t.living_figures}}</h2>
        {{^hasFigures}}<p id="no-figures">{{t.living_no_figures}}</p>{{/hasFigures}}
        {{#hasFigures}}
        <div class="scroll">
        <table class="list" id="living-figures">
          <thead><tr><th scope="col">{{t.region_name}}</th><th scope="col" class="num">{{t.eval_period}}</th>{{#columns}}<th scope="col" class="num"><abbr title="{{name}}">{{code}}</abbr></th>{{/columns}}</tr></thead>
          <tbody>{{#figures}}<tr><td><a href="/evaluation/{{code}}?period={{period}}" lang="{{nameLang}}">{{name}}</a></td><td class="num">{{period}}</td>{{#values}}<td class="num">{{.}}</td>{{/values}}</tr>{{/figures}}</tbody>
        </table>
        </div>
        {{/hasFigures}}
        <h2 id="shelters">{{t.living_shelters_title}}</h2>
        <p>{{t.living_shelters_intro}}</p>
        {{^hasShelters}}<p id="no-shelters">{{t.living_no_shelters}}</p>{{/hasShelters}}
        {{#hasShelters}}
        <div class="scroll">
        <table class="list" id="shelter-list">
          <thead><tr><th scope="col">{{t.living_shelter_name}}</th><th scope="col">{{t.living_shelter_class}}</th><th scope="col" class="num">{{t.living_shelter_area}}</th><th scope="col" class="num">{{t.living_shelter_per_capita}}</th><th scope="col" class="num">{{t.living_shelter_capacity}}</th></tr></thead>
          <tbody>{{#shelterRows}}<tr data-shelter="{{id}}"><td translate="no">{{name}}</td><td>{{class}}</td><td class="num">{{area}}</td><td class="num">{{perCapita}}</td><td class="num">{{capacity}}</td></tr>{{/shelterRows}}</tbody>
        </table>
        </div>
        {{/hasShelters}}
        <h3>{{t.living_shelter_districts}}</h3>
        {{^hasShelterDistricts}}<p id="no-shelter-figures">{{t.living_shelter_no_districts}}</p>{{/hasShelterDistricts}}
        {{#hasShelterDistricts}}
        <div class="scroll">
        <table class="list" id="shelter-districts">
          <thead><tr><th scope="col">{{t.region_name}}</th><th scope="col" class="num">{{t.eval_period}}</th><th scope="col" class="num">{{t.living_shelter_area}}</th><th scope="col" class="num">{{t.living_shelter_population}}</th><th scope="col" class="num">{{t.living_shelter_per_person}}</th></tr></thead>
          <tbody>{{#shelterDistricts}}<tr><td><a href="/evaluation/{{code}}?period={{period}}">{{name}}</a></td><td class="num">{{period}}</td><td class="num">{{area}}</td><td class="num">{{population}}</td><td class="num">{{perPerson}}</td></tr>{{/shelterDistricts}}</tbody>
        </table>
        </div>
        {{/hasShelterDistricts}}
        <p class="note">{{t.living_shelter_reach_note}}</p>
        <h2>{{t.living_how_title}}</h2>
        <ol class="steps">
          <li>{{t.living_how_layers}} <code translate="no">oasis layers import residences homes.geojson</code></li>
          <li>{{t.living_how_network}} <code translate="no">oasis network build city.osm.pbf --output city.oasisnet</code></li>
          <li>{{t.living_how_access}} <code translate="no">oasis analyse access --network city.oasisnet --database oasis.sqlite --record --period 2026 --region {{code}}</code></li>
          <li>{{t.living_how_shelters}} <code translate="no">oasis analyse shelters --network city.oasisnet --database oasis.sqlite --record --period 2026 --region {{code}}</code></li>
          <li>{{t.living_how_check}}</li>
        </ol>
        """
}
