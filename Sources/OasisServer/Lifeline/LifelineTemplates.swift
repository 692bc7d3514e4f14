/// The lifeline page: the alert queue with the duty officers' steps, and the assets of the registry.
enum LifelineTemplates {
    static let page = """
        <h1 id="lifeline-title">{{t.nav_lifeline}}</h1>
        <p>{{t.lifeline_intro}}</p>
        {{#problem}}<p class="error" role="alert" id="lifeline-problem"><span aria-hidden="true">✖</span> {{problem}}</p>{{/problem}}
        {{#showAlerts}}
        <p class="note" id="lifeline-live" role="status" hidden>{{t.lifeline_live_banner}}</p>
        <section id="alerts-section" aria-labelledby="alerts-title">
        <h2 id="alerts-title">{{t.lifeline_alerts}}</h2>
        {{^alerts}}<p id="no-alerts">{{t.lifeline_no_alerts}}</p>{{/alerts}}
        {{#hasAlerts}}<div class="scroll"><table class="list" id="alert-queue" aria-labelledby="alerts-title">
          <thead><tr><th scope="col">{{t.lifeline_col_alert}}</th><th scope="col">{{t.lifeline_col_level}}</th><th scope="col">{{t.lifeline_col_sensor}}</th><th scope="col">{{t.lifeline_col_asset}}</th><th scope="col">{{t.lifeline_col_status}}</th><th scope="col">{{t.lifeline_col_opened}}</th><th scope="col">{{t.lifeline_col_escalation}}</th><th scope="col">{{t.lifeline_col_actions}}</th></tr></thead>
          <tbody>{{#alerts}}<tr class="level-{{levelNumber}}" id="alert-{{id}}"><td>{{id}}</td><td><strong>{{level}}</strong>{{#cleared}} · {{t.lifeline_cleared}}{{/cleared}}</td><td translate="no">{{#sensorLink}}<a href="/lifeline/sensors/{{sensorPath}}">{{sensor}}</a>{{/sensorLink}}{{^sensorLink}}{{sensor}}{{/sensorLink}}</td><td><span translate="no">{{asset}}</span> <span translate="no">{{assetName}}</span></td><td>{{status}}{{#caseID}} · <a href="/hotline/cases/{{caseID}}">{{t.hotline_case}} {{caseID}}</a>{{/caseID}}</td><td>{{opened}}</td><td>{{escalation}}</td>
            <td>{{#steps}}<form method="post" action="/lifeline/alerts/{{id}}/step" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="step" value="{{step}}"><button type="submit">{{label}}</button></form> {{/steps}}</td></tr>{{/alerts}}</tbody>
        </table></div>{{/hasAlerts}}
        </section>
        <script src="/static/lifeline.js" defer></script>
        {{/showAlerts}}
        {{#showAssets}}
        <p id="hazards-link"><a href="/lifeline/hazards">{{t.hazard_link}}</a></p>
        <h2 id="assets-title">{{t.lifeline_assets}}</h2>
        {{^assets}}<p id="no-assets">{{t.lifeline_no_assets}}</p>{{/assets}}
        {{#assetMap}}<div class="chart" id="asset-map">{{{assetMap}}}</div>{{/assetMap}}
        {{#hasAssets}}<div class="scroll"><table class="list" id="asset-table" aria-labelledby="assets-title">
          <thead><tr><th scope="col">{{t.lifeline_col_code}}</th><th scope="col">{{t.lifeline_col_name}}</th><th scope="col">{{t.lifeline_col_kind}}</th><th scope="col">{{t.lifeline_col_owner}}</th><th scope="col">{{t.lifeline_col_region}}</th><th scope="col" class="num">{{t.lifeline_col_length}}</th><th scope="col" class="num">{{t.lifeline_col_sensors}}</th></tr></thead>
          <tbody>{{#assets}}<tr><td translate="no">{{code}}</td><td translate="no">{{name}}</td><td>{{kind}}</td><td translate="no">{{owner}}</td><td>{{region}}</td><td class="num">{{length}}</td><td class="num">{{sensors}}</td></tr>{{/assets}}</tbody>
        </table></div>{{/hasAssets}}
        {{#canImportSensors}}<div id="sensor-template" class="note"><p>{{t.lifeline_sensor_template_hint}} <a href="/api/v1/imports/templates/lifeline-sensors.xlsx?lang={{lang}}" download>{{t.import_template_lifeline_sensors}}</a></p><p dir="ltr" translate="no"><code>PUT /api/v1/lifeline/sensors</code><br><code>oasis lifeline sensors import FILE</code></p></div>{{/canImportSensors}}
        {{/showAssets}}
        {{#nothing}}<p id="lifeline-nothing">{{t.lifeline_nothing}}</p>{{/nothing}}
        """

    /// One sensor: its last 24 hours of 1-minute means (or longer spans of 1-hour means) with its thresholds.
    static let sensor = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/lifeline">{{t.nav_lifeline}}</a></li><li translate="no">{{code}}</li></ol></nav>
        <h1 id="sensor-title"><span translate="no">{{code}}</span> · {{quantity}}</h1>
        <p class="note"><span translate="no">{{asset}}</span> · {{unitLabel}} <span translate="no">{{unit}}</span></p>
        <nav aria-label="{{t.lifeline_span_label}}" id="sensor-spans"><p>{{t.lifeline_span_label}}: {{#spans}}<a href="?days={{days}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a> {{/spans}}</p></nav>
        {{#chart}}<div class="chart" id="sensor-chart">{{{chart}}}</div>{{/chart}}
        {{^chart}}<p id="no-readings">{{t.lifeline_no_readings}}</p>{{/chart}}
        """
}
