/// The administrators' calendar page template (mustache), compiled into the binary like the web shell's.
enum CalendarTemplates {
    static let page = """
        <h1>{{t.calendar_title}}</h1>
        <p>{{t.calendar_hint}}</p>
        {{#warning}}<p class="error" id="calendar-warning" role="status"><span aria-hidden="true">⚠</span> {{warning}}</p>{{/warning}}
        <h2>{{t.calendar_years}}</h2>
        <div class="scroll">
        <table class="list" id="calendar-years">
          <thead><tr><th scope="col">{{t.calendar_region}}</th><th scope="col">{{t.calendar_year}}</th><th scope="col" class="num">{{t.calendar_days_off}}</th><th scope="col" class="num">{{t.calendar_make_up_days}}</th><th scope="col">{{t.calendar_source}}</th><th scope="col">{{t.calendar_loaded_at}}</th></tr></thead>
          <tbody>{{#years}}<tr><td>{{region}}</td><td>{{year}}{{#builtIn}} <small>{{t.calendar_built_in}}</small>{{/builtIn}}{{#sample}} <strong class="error">{{t.calendar_sample}}</strong>{{/sample}}</td><td class="num">{{daysOff}}</td><td class="num">{{makeUp}}</td><td translate="no">{{source}}</td><td>{{loadedAt}}</td></tr>{{/years}}</tbody>
        </table>
        </div>
        <h2>{{t.calendar_office_hours}}</h2>
        {{^hasHours}}<p>{{t.calendar_office_hours_default}}</p>{{/hasHours}}
        {{#hasHours}}
        <div class="scroll">
        <table class="list" id="calendar-hours">
          <thead><tr><th scope="col">{{t.calendar_region}}</th><th scope="col">{{t.calendar_effective_from}}</th><th scope="col">{{t.calendar_periods}}</th><th scope="col">{{t.calendar_label}}</th></tr></thead>
          <tbody>{{#hours}}<tr><td>{{region}}</td><td>{{from}}</td><td>{{periods}}</td><td><span translate="no">{{label}}</span>{{#sample}} <strong class="error">{{t.calendar_sample}}</strong>{{/sample}}</td></tr>{{/hours}}</tbody>
        </table>
        </div>
        {{/hasHours}}
        <h2>{{t.calendar_load}}</h2>
        <form method="post" action="/admin/calendars" class="card wide" id="calendar-load">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="calendar-json">{{t.calendar_json}}</label>
          <textarea id="calendar-json" name="json" rows="14" required spellcheck="false" dir="ltr"></textarea>
          <label for="calendar-file">{{t.calendar_file_label}}</label>
          <input type="file" id="calendar-file" accept=".json,application/json" aria-describedby="calendar-file-hint">
          <p class="note" id="calendar-file-hint">{{t.calendar_file_hint}}</p>
          <button type="submit">{{t.calendar_load_submit}}</button>
        </form>
        <script src="/static/oasis.js"></script>
        """
}
