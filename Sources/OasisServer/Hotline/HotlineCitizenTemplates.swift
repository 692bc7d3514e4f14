/// Templates of the citizen's hotline pages: the public form (with its map and the phone's position), tracking by
/// code, and a signed-in citizen's own requests. A form that failed comes back with what was typed and each
/// problem beside its field (`{{#form.errors.field}}`).
enum HotlineCitizenTemplates {
    static let submit = """
        <h1 id="hotline-title">{{t.hotline_submit_title}}</h1>
        <p class="lead">{{t.hotline_submit_intro}}</p>
        {{#form.general}}<p class="error" role="alert" id="form-problem"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.general}}
        <form method="post" action="/hotline/new" enctype="multipart/form-data" class="card wide" id="submit-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="category">{{t.hotline_category}}</label>
          <select id="category" name="category" required{{#form.errors.category}} aria-invalid="true" aria-describedby="category-error"{{/form.errors.category}}>
            <option value="">{{t.hotline_category_placeholder}}</option>
            {{#categories}}<optgroup label="{{group}}">{{#items}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/items}}</optgroup>{{/categories}}
          </select>
          {{#form.errors.category}}<p class="field-error" id="category-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.category}}
          <label for="requestType">{{t.hotline_request_type}}</label>
          <select id="requestType" name="requestType">{{#requestTypes}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/requestTypes}}</select>
          {{#form.errors.requestType}}<p class="field-error" id="requestType-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.requestType}}
          <label for="description">{{t.hotline_description}}</label>
          <textarea id="description" name="description" rows="4" maxlength="4000" required{{#form.errors.description}} aria-invalid="true" aria-describedby="description-error"{{/form.errors.description}}>{{form.values.description}}</textarea>
          {{#form.errors.description}}<p class="field-error" id="description-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.description}}
          <label for="address">{{t.hotline_address}}</label>
          <input id="address" name="address" maxlength="200" value="{{form.values.address}}">
          <fieldset id="location-fields"><legend>{{t.hotline_location}}</legend>
            {{#map}}<p class="note" id="map-label">{{t.hotline_map_label}}</p>
            <div class="hotline-map">{{{map}}}</div>{{/map}}
            <p><button type="button" id="use-position" class="secondary" data-unavailable="{{t.hotline_location_unavailable}}">{{t.hotline_use_my_location}}</button>
              <span id="position-note" class="note" role="status"></span></p>
            <label for="latitude">{{t.hotline_latitude}}</label><input id="latitude" name="latitude" inputmode="decimal" value="{{form.values.latitude}}"{{#form.errors.latitude}} aria-invalid="true" aria-describedby="latitude-error"{{/form.errors.latitude}}>
            {{#form.errors.latitude}}<p class="field-error" id="latitude-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.latitude}}
            <label for="longitude">{{t.hotline_longitude}}</label><input id="longitude" name="longitude" inputmode="decimal" value="{{form.values.longitude}}"{{#form.errors.longitude}} aria-invalid="true" aria-describedby="longitude-error"{{/form.errors.longitude}}>
            {{#form.errors.longitude}}<p class="field-error" id="longitude-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.longitude}}
          </fieldset>
          <label for="region">{{t.hotline_district}}</label>
          <select id="region" name="region"{{^hasAreas}} required{{/hasAreas}}{{#form.errors.region}} aria-invalid="true" aria-describedby="region-error"{{/form.errors.region}}>
            <option value="">{{#hasAreas}}{{t.hotline_district_from_map}}{{/hasAreas}}{{^hasAreas}}{{t.hotline_district_placeholder}}{{/hasAreas}}</option>
            {{#districts}}<optgroup label="{{group}}">{{#items}}<option value="{{code}}"{{#selected}} selected{{/selected}} lang="{{nameLang}}">{{name}}</option>{{/items}}</optgroup>{{/districts}}
          </select>
          {{#form.errors.region}}<p class="field-error" id="region-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.region}}
          <fieldset id="photo-fields"><legend>{{t.hotline_photo}}</legend>
            <label for="media">{{t.hotline_photo_choose}}</label><input type="file" id="media" name="media" accept="image/jpeg,image/png,image/webp"{{#form.errors.media}} aria-invalid="true" aria-describedby="media-error"{{/form.errors.media}}>
            {{#form.errors.media}}<p class="field-error" id="media-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.media}}
            <label><input type="checkbox" id="share-location" name="share_location" value="true"> {{t.hotline_photo_share_location}}</label>
            <p class="note" id="photo-note">{{t.hotline_photo_note}}</p>
          </fieldset>
          <fieldset><legend>{{t.hotline_contact}}</legend>
            <label for="name">{{t.hotline_name}}</label><input id="name" name="name" autocomplete="name" maxlength="100" value="{{form.values.name}}">
            <label for="phone">{{t.hotline_phone}}</label><input id="phone" name="phone" inputmode="tel" autocomplete="tel" maxlength="40" value="{{form.values.phone}}">
          </fieldset>
          <button type="submit" id="submit-case">{{t.hotline_send}}</button>
        </form>
        <form method="get" action="/hotline/track" class="filters" id="track-form"><label for="track-code">{{t.hotline_track_code_label}}</label><input id="track-code" name="code" autocomplete="off" autocapitalize="none" spellcheck="false" required><button type="submit">{{t.hotline_track}}</button></form>
        {{#signedIn}}<p><a href="/hotline/mine" id="mine-link">{{t.hotline_mine}}</a></p>{{/signedIn}}
        <script src="/static/hotline.js" defer></script>
        """

    static let track = """
        <h1 id="track-title">{{t.hotline_tracking_title}}</h1>
        {{#created}}<p class="notice" id="created-note">{{created}}</p>{{/created}}
        {{#missing}}<p class="error" role="alert" id="track-missing"><span aria-hidden="true">✖</span> {{t.hotline_track_not_found}}</p>{{/missing}}
        {{#found}}
        <dl class="facts">
          <dt>{{t.hotline_tracking_code}}</dt><dd id="tracking-code" class="code">{{code}}</dd>
          <dt>{{t.hotline_category}}</dt><dd>{{category}}</dd>
          <dt>{{t.hotline_description}}</dt><dd id="case-description" translate="no">{{description}}</dd>
          {{#address}}<dt>{{t.hotline_address}}</dt><dd id="case-address" translate="no">{{address}}</dd>{{/address}}
          <dt>{{t.hotline_status}}</dt><dd id="case-status">{{status}}</dd>
          <dt>{{t.hotline_registered}}</dt><dd>{{registered}}</dd>
          {{#dispatched}}<dt>{{t.hotline_dispatched_at}}</dt><dd>{{dispatched}}</dd>{{/dispatched}}
          {{#due}}<dt>{{t.hotline_due}}</dt><dd>{{due}}</dd>{{/due}}
          {{#closed}}<dt>{{t.hotline_closed_at}}</dt><dd>{{closed}}</dd>{{/closed}}
        </dl>
        <h2>{{t.hotline_reply}}</h2>
        {{#reply}}<blockquote id="case-reply"><p>{{reply}}</p><p class="note">{{replyAt}}</p></blockquote>{{/reply}}
        {{^reply}}<p id="case-reply" class="note">{{t.hotline_no_reply}}</p>{{/reply}}
        <h2>{{t.hotline_history}}</h2>
        <ol class="reports" id="case-history">{{#events}}<li><b>{{at}}</b> {{label}}</li>{{/events}}</ol>
        {{/found}}
        <form method="get" action="/hotline/track" class="filters" id="track-form"><label for="track-code">{{t.hotline_track_code_label}}</label><input id="track-code" name="code" autocomplete="off" autocapitalize="none" spellcheck="false" required value="{{typed}}"><button type="submit">{{t.hotline_track}}</button></form>
        <p><a href="/hotline/new">{{t.hotline_report_entry}}</a></p>
        """

    static let mine = """
        <h1 id="mine-title">{{t.hotline_mine}}</h1>
        <p class="actions"><a href="/hotline/new">{{t.hotline_report_entry}}</a></p>
        {{^cases}}<p id="mine-none">{{t.hotline_mine_none}}</p>{{/cases}}
        {{#hasCases}}<ul class="cards" id="mine-list">{{#cases}}<li class="card"><a href="/hotline/track?code={{code}}"><b>{{category}}</b></a>
          <span class="note">{{registered}}</span> · <span>{{status}}</span><br><span class="code" translate="no">{{grouped}}</span><br><span translate="no">{{description}}</span></li>{{/cases}}</ul>{{/hasCases}}
        """
}
