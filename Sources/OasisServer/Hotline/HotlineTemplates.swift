import OasisServices

/// Templates of the hotline pages: the public form and tracking, the role's queue, one case, the dashboard.
enum HotlineTemplates {
    static let submit = """
        <h1 id="hotline-title">{{t.hotline_submit_title}}</h1>
        <p class="lead">{{t.hotline_submit_intro}}</p>
        <form method="post" action="/hotline/new" class="card wide" id="submit-form">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="category">{{t.hotline_category}}</label>
          <select id="category" name="category" required>{{#categories}}<optgroup label="{{group}}">{{#items}}<option value="{{code}}">{{name}}</option>{{/items}}</optgroup>{{/categories}}</select>
          <label for="requestType">{{t.hotline_request_type}}</label>
          <select id="requestType" name="requestType">{{#requestTypes}}<option value="{{code}}">{{name}}</option>{{/requestTypes}}</select>
          <label for="description">{{t.hotline_description}}</label>
          <textarea id="description" name="description" rows="4" maxlength="4000" required></textarea>
          <label for="address">{{t.hotline_address}}</label>
          <input id="address" name="address" maxlength="200">
          <fieldset><legend>{{t.hotline_location}}</legend>
            <label for="latitude">{{t.hotline_latitude}}</label><input id="latitude" name="latitude" inputmode="decimal">
            <label for="longitude">{{t.hotline_longitude}}</label><input id="longitude" name="longitude" inputmode="decimal">
          </fieldset>
          <fieldset><legend>{{t.hotline_contact}}</legend>
            <label for="name">{{t.hotline_name}}</label><input id="name" name="name" autocomplete="name">
            <label for="phone">{{t.hotline_phone}}</label><input id="phone" name="phone" inputmode="tel" autocomplete="tel">
          </fieldset>
          <button type="submit">{{t.hotline_send}}</button>
        </form>
        <form method="get" action="/hotline/track" class="filters"><label for="track-id">{{t.hotline_track_label}}</label><input id="track-id" name="id" inputmode="numeric" required><button type="submit">{{t.hotline_track}}</button></form>
        """

    static let track = """
        <h1 id="track-title">{{t.hotline_case}} {{id}}</h1>
        {{#created}}<p class="notice" id="created-note">{{t.hotline_created_note}}</p>{{/created}}
        <dl class="facts"><dt>{{t.hotline_category}}</dt><dd>{{category}}</dd><dt>{{t.hotline_status}}</dt><dd id="case-status">{{status}}</dd><dt>{{t.hotline_registered}}</dt><dd>{{registered}}</dd>{{#due}}<dt>{{t.hotline_due}}</dt><dd>{{due}}</dd>{{/due}}</dl>
        <h2>{{t.hotline_history}}</h2>
        <ol class="reports" id="case-history">{{#events}}<li><b>{{at}}</b> {{label}}</li>{{/events}}</ol>
        <p><a href="/hotline">{{t.hotline_back}}</a></p>
        """

    static let queue = """
        <h1 id="queue-title">{{title}}</h1>
        <p class="actions"><a href="/hotline/new">{{t.hotline_submit_title}}</a>{{#canSupervise}} · <a href="/hotline/dashboard">{{t.hotline_dashboard}}</a>{{/canSupervise}}</p>
        <form method="get" action="/hotline" class="filters"><label for="status">{{t.hotline_status}}</label>
          <select id="status" name="status"><option value="">—</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select>
          <button type="submit">OK</button></form>
        <p>{{summary}}</p>
        <div class="scroll"><table class="list" id="case-queue">
          <thead><tr><th scope="col">{{t.hotline_case}}</th><th scope="col">{{t.hotline_category}}</th><th scope="col">{{t.hotline_status}}</th><th scope="col">{{t.hotline_unit}}</th><th scope="col">{{t.hotline_due}}</th></tr></thead>
          <tbody>{{#cases}}<tr class="{{rowClass}}"><td><a href="/hotline/cases/{{id}}">{{id}}</a> {{description}}</td><td>{{category}}</td><td>{{status}}{{#supervised}} · {{t.hotline_supervised}}{{/supervised}}</td><td>{{unit}}</td><td>{{due}}{{#provisional}} <small class="provisional">⚠ {{provisional}}</small>{{/provisional}}</td></tr>{{/cases}}</tbody>
        </table></div>
        """

    static let detail = """
        <nav class="crumbs" aria-label="breadcrumb"><ol><li><a href="/hotline">{{t.nav_hotline}}</a></li><li>{{id}}</li></ol></nav>
        <h1 id="case-title">{{t.hotline_case}} {{id}} · {{category}}</h1>
        <dl class="facts">
          <dt>{{t.hotline_status}}</dt><dd id="case-status">{{status}}</dd>
          <dt>{{t.hotline_description}}</dt><dd>{{description}}</dd>
          <dt>{{t.hotline_address}}</dt><dd>{{address}}</dd>
          <dt>{{t.hotline_unit}}</dt><dd>{{unit}}</dd>
          <dt>{{t.hotline_due}}</dt><dd>{{due}}{{#provisional}} <small class="provisional" id="deadline-provisional">⚠ {{provisional}}</small>{{/provisional}}</dd>
          {{#reporter}}<dt>{{t.hotline_contact}}</dt><dd>{{reporter}}</dd>{{/reporter}}
        </dl>
        {{#hasActions}}<h2>{{t.hotline_next_step}}</h2>{{/hasActions}}
        {{#actions}}<form method="post" action="/hotline/cases/{{id}}/step" class="filters">
          <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="event" value="{{event}}">
          {{#field}}<label for="{{event}}-text">{{fieldLabel}}</label><input id="{{event}}-text" name="text" required>{{/field}}
          <button type="submit">{{label}}</button></form>{{/actions}}
        <h2>{{t.hotline_history}}</h2>
        <ol class="reports" id="case-history">{{#events}}<li><b>{{at}}</b> {{label}} <span class="note">{{actor}} {{detail}}</span></li>{{/events}}</ol>
        """

    static let dashboard = """
        <h1 id="dashboard-title">{{t.hotline_dashboard}}</h1>
        <div class="figures-row">
          <div class="figure"><span>{{t.hotline_cases}}</span><b>{{cases}}</b></div>
          <div class="figure"><span>{{t.hotline_closure_rate}}</span><b>{{closure}}</b></div>
          <div class="figure"><span>{{t.hotline_on_time_rate}}</span><b>{{onTime}}</b></div>
          <div class="figure"><span>{{t.hotline_composite}}</span><b>{{composite}}</b></div>
        </div>
        <div class="chart">{{{chart}}}</div>
        <div class="scroll"><table class="list" id="unit-metrics">
          <thead><tr><th scope="col">{{t.hotline_unit}}</th><th scope="col" class="num">{{t.hotline_cases}}</th><th scope="col" class="num">{{t.hotline_response_rate}}</th><th scope="col" class="num">{{t.hotline_resolution_rate}}</th><th scope="col" class="num">{{t.hotline_satisfaction_rate}}</th><th scope="col" class="num">{{t.hotline_closure_rate}}</th><th scope="col" class="num">{{t.hotline_on_time_rate}}</th><th scope="col" class="num">{{t.hotline_rework_rate}}</th><th scope="col" class="num">{{t.hotline_median_hours}}</th></tr></thead>
          <tbody>{{#units}}<tr><td>{{key}}</td><td class="num">{{cases}}</td><td class="num">{{response}}</td><td class="num">{{resolution}}</td><td class="num">{{satisfaction}}</td><td class="num">{{closure}}</td><td class="num">{{onTime}}</td><td class="num">{{rework}}</td><td class="num">{{median}}</td></tr>{{/units}}</tbody>
        </table></div>
        <h2>{{t.hotline_hotspots}}</h2>
        <ol id="hotspots">{{#hotspots}}<li>{{category}} · {{region}} · {{cases}}</li>{{/hotspots}}</ol>
        """
}
