import OasisServices

/// Templates of the hotline's staff pages: the role's queue, one case, the dashboard, the register of units (the
/// citizen's pages are `HotlineCitizenTemplates`).
enum HotlineTemplates {
    static let queue = """
        <h1 id="queue-title">{{title}}</h1>
        <p class="actions"><a href="/hotline/new">{{t.hotline_submit_title}}</a>{{#canSupervise}} · <a href="/hotline/dashboard">{{t.hotline_dashboard}}</a>{{/canSupervise}}{{#canManageUnits}} · <a href="/hotline/units" id="units-link">{{t.hotline_units}}</a>{{/canManageUnits}}{{#canImportCases}} · <a href="/api/v1/imports/templates/cases.xlsx?lang={{lang}}" download id="cases-template">{{t.import_template_cases}}</a>{{/canImportCases}}</p>
        <form method="get" action="/hotline" class="filters"><label for="status">{{t.hotline_status}}</label>
          <select id="status" name="status"><option value="">—</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select>
          <button type="submit">{{t.form_apply}}</button></form>
        <p>{{summary}}</p>
        <div class="scroll"><table class="list" id="case-queue">
          <thead><tr><th scope="col">{{t.hotline_case}}</th><th scope="col">{{t.hotline_category}}</th><th scope="col">{{t.hotline_status}}</th><th scope="col">{{t.hotline_region}}</th><th scope="col">{{t.hotline_unit}}</th><th scope="col">{{t.hotline_due}}</th></tr></thead>
          <tbody>{{#cases}}<tr class="{{rowClass}}"><td><a href="/hotline/cases/{{id}}">{{id}}</a> <span translate="no">{{description}}</span></td><td>{{category}}</td><td>{{status}}{{#supervised}} · {{t.hotline_supervised}}{{/supervised}}</td><td>{{region}}</td><td>{{unit}}</td><td>{{due}}{{#provisional}} <small class="provisional">⚠ {{provisional}}</small>{{/provisional}}</td></tr>{{/cases}}</tbody>
        </table></div>
        """

    static let detail = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/hotline">{{t.nav_hotline}}</a></li><li>{{id}}</li></ol></nav>
        <h1 id="case-title">{{t.hotline_case}} {{id}} · {{category}}</h1>
        <dl class="facts">
          <dt>{{t.hotline_status}}</dt><dd id="case-status">{{status}}</dd>
          <dt>{{t.hotline_description}}</dt><dd translate="no">{{description}}</dd>
          <dt>{{t.hotline_address}}</dt><dd>{{address}}</dd>
          <dt>{{t.hotline_region}}</dt><dd id="case-region">{{region}}</dd>
          <dt>{{t.hotline_unit}}</dt><dd id="case-unit">{{unit}}</dd>
          <dt>{{t.hotline_due}}</dt><dd>{{due}}{{#provisional}} <small class="provisional" id="deadline-provisional">⚠ {{provisional}}</small>{{/provisional}}</dd>
          {{#reporter}}<dt>{{t.hotline_contact}}</dt><dd>{{reporter}}</dd>{{/reporter}}
        </dl>
        <h2 id="photos-title">{{t.hotline_photos}}</h2>
        {{#hasPhotos}}<ul class="photos" id="case-photos">{{#photos}}<li><a href="{{url}}"><img src="{{url}}" alt="{{alt}}" loading="lazy" width="240"></a> <span class="note">{{at}} <span translate="no">{{by}}</span>{{#located}} · {{located}}{{/located}}</span></li>{{/photos}}</ul>{{/hasPhotos}}
        {{^hasPhotos}}<p class="note" id="no-photos">{{t.hotline_photos_none}}</p>{{/hasPhotos}}
        <form method="post" action="/hotline/cases/{{id}}/photos" enctype="multipart/form-data" class="filters" id="photo-form">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="photo-media">{{t.hotline_photo_add}}</label><input type="file" id="photo-media" name="media" accept="image/jpeg,image/png,image/webp" required{{#photoProblem}} aria-invalid="true" aria-describedby="photo-error"{{/photoProblem}}>
          <label><input type="checkbox" name="share_location" value="true" id="photo-share-location"> {{t.hotline_photo_share_location}}</label>
          <button type="submit">{{t.hotline_photo_upload}}</button>
          {{#photoProblem}}<p class="field-error" id="photo-error" role="alert"><span aria-hidden="true">✖</span> {{photoProblem}}</p>{{/photoProblem}}
        </form>
        {{#problem}}<p class="error" role="alert" id="step-problem"><span aria-hidden="true">✖</span> {{problem}}</p>{{/problem}}
        {{#hasActions}}<h2>{{t.hotline_next_step}}</h2>{{/hasActions}}
        {{#actions}}<form method="post" action="/hotline/cases/{{id}}/step" class="filters step-form" id="step-{{event}}">
          <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="event" value="{{event}}">
          {{#unitField}}<label for="{{event}}-text">{{fieldLabel}}</label><select id="{{event}}-text" name="text" required{{#form.hasErrors}} aria-invalid="true" aria-describedby="{{event}}-error"{{/form.hasErrors}}><option value="">{{t.hotline_unit_placeholder}}</option>{{#units}}<option value="{{name}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/units}}</select>{{/unitField}}
          {{#categoryField}}<label for="{{event}}-category">{{t.hotline_category}}</label><select id="{{event}}-category" name="category" required{{#form.hasErrors}} aria-invalid="true" aria-describedby="{{event}}-error"{{/form.hasErrors}}><option value="">{{t.hotline_category_placeholder}}</option>{{#categories}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/categories}}</select>{{/categoryField}}
          {{#followUpField}}<fieldset class="follow-up"><legend>{{label}}</legend>
            <label for="{{event}}-reached">{{t.hotline_followup_reached}}</label><select id="{{event}}-reached" name="reached" required><option value="">{{t.hotline_followup_choose}}</option>{{#reachedChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/reachedChoices}}</select>
            <label for="{{event}}-reason">{{t.hotline_followup_unreached_reason}}</label><select id="{{event}}-reason" name="unreachedReason"><option value="">—</option>{{#reasonChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/reasonChoices}}</select>
            <label for="{{event}}-responded">{{t.hotline_followup_responded}}</label><select id="{{event}}-responded" name="responded"><option value="">—</option>{{#respondedChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/respondedChoices}}</select>
            <label for="{{event}}-resolved">{{t.hotline_followup_resolved}}</label><select id="{{event}}-resolved" name="resolved"><option value="">—</option>{{#resolvedChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/resolvedChoices}}</select>
            <label for="{{event}}-satisfaction">{{t.hotline_followup_satisfaction}}</label><select id="{{event}}-satisfaction" name="satisfaction"><option value="">—</option>{{#ratingChoices}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/ratingChoices}}</select>
            <label for="{{event}}-words">{{t.hotline_followup_words}}</label><textarea id="{{event}}-words" name="words" rows="2">{{words}}</textarea></fieldset>{{/followUpField}}
          {{#textField}}<label for="{{event}}-text">{{fieldLabel}}</label><input id="{{event}}-text" name="text" required value="{{form.values.text}}"{{#form.hasErrors}} aria-invalid="true" aria-describedby="{{event}}-error"{{/form.hasErrors}}>{{/textField}}
          <button type="submit">{{label}}</button>
          {{#form.general}}<p class="field-error" id="{{event}}-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.general}}</form>{{/actions}}
        {{#noUnits}}<p class="note" id="no-units">{{t.hotline_units_none}}</p>{{/noUnits}}
        <h2>{{t.hotline_history}}</h2>
        <ol class="reports" id="case-history">{{#events}}<li><b>{{at}}</b> {{label}} <span class="note"><span translate="no">{{actor}} {{detail}}</span></span></li>{{/events}}</ol>
        """

    static let dashboard = """
        <h1 id="dashboard-title">{{t.hotline_dashboard}}</h1>
        <div class="figures-row">
          <div class="figure"><span>{{t.hotline_cases}}</span><b>{{cases}}</b></div>
          <div class="figure"><span>{{t.hotline_closure_rate}}</span><b>{{closure}}</b></div>
          <div class="figure"><span>{{t.hotline_on_time_rate}}</span><b>{{onTime}}</b></div>
          <div class="figure"><span>{{t.hotline_composite}}</span><b>{{composite}}</b></div>
          <div class="figure"><span>{{t.hotline_satisfaction_rate}}</span><b id="dashboard-satisfaction">{{satisfaction}}</b></div>
          <div class="figure"><span>{{t.hotline_unreached_visits}}</span><b id="dashboard-unreached">{{unreached}}</b></div>
          <div class="figure"><span>{{t.hotline_merged}}</span><b>{{merged}}</b></div>
          <div class="figure"><span>{{t.hotline_not_responsible}}</span><b>{{notResponsible}}</b></div>
        </div>
        <div class="chart">{{{chart}}}</div>
        <div class="scroll"><table class="list" id="unit-metrics">
          <thead><tr><th scope="col">{{t.hotline_unit}}</th><th scope="col" class="num">{{t.hotline_cases}}</th><th scope="col" class="num">{{t.hotline_response_rate}}</th><th scope="col" class="num">{{t.hotline_resolution_rate}}</th><th scope="col" class="num">{{t.hotline_satisfaction_rate}}</th><th scope="col" class="num">{{t.hotline_closure_rate}}</th><th scope="col" class="num">{{t.hotline_on_time_rate}}</th><th scope="col" class="num">{{t.hotline_rework_rate}}</th><th scope="col" class="num">{{t.hotline_median_hours}}</th></tr></thead>
          <tbody>{{#units}}<tr><td>{{key}}</td><td class="num">{{cases}}</td><td class="num">{{response}}</td><td class="num">{{resolution}}</td><td class="num">{{satisfaction}}</td><td class="num">{{closure}}</td><td class="num">{{onTime}}</td><td class="num">{{rework}}</td><td class="num">{{median}}</td></tr>{{/units}}</tbody>
        </table></div>
        <h2>{{t.hotline_hotspots}}</h2>
        <ol id="hotspots">{{#hotspots}}<li>{{category}} · {{region}} · {{cases}}</li>{{/hotspots}}</ol>
        """

    static let units = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/hotline">{{t.nav_hotline}}</a></li><li>{{t.hotline_units}}</li></ol></nav>
        <h1 id="units-title">{{t.hotline_units}}</h1>
        <p class="lead">{{t.hotline_units_intro}}</p>
        {{#saved}}<p class="notice" id="unit-saved" role="status">{{saved}}</p>{{/saved}}
        {{#form.general}}<p class="error" role="alert" id="form-problem"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.general}}
        <div class="scroll"><table class="list" id="unit-register">
          <thead><tr><th scope="col">{{t.hotline_unit_name_zh}}</th><th scope="col">{{t.hotline_unit_name_en}}</th><th scope="col">{{t.hotline_unit_name_ug}}</th><th scope="col">{{t.hotline_unit_region}}</th><th scope="col">{{t.hotline_unit_categories}}</th><th scope="col">{{t.hotline_unit_supervisor}}</th><th scope="col">{{t.hotline_unit_remove}}</th></tr></thead>
          <tbody>{{#units}}<tr><td lang="zh-Hans" id="unit-{{encoded}}"><a href="/hotline/units?edit={{encoded}}">{{name}}</a></td><td lang="en">{{en}}</td><td lang="ug" dir="rtl">{{ug}}</td><td lang="{{regionLang}}">{{region}}</td><td>{{categories}}</td><td translate="no">{{supervisor}}</td><td><form method="post" action="/hotline/units/remove" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="name" value="{{name}}"><button type="submit" class="secondary" aria-describedby="unit-{{encoded}}">{{t.hotline_unit_remove}}</button></form></td></tr>{{/units}}</tbody>
        </table></div>
        <h2 id="unit-form-title">{{t.hotline_unit_edit}}</h2>
        <form method="post" action="/hotline/units" class="card wide" id="unit-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          <label for="unit-name">{{t.hotline_unit_name_zh}}</label>
          <input id="unit-name" name="name" required maxlength="100" value="{{form.values.name}}"{{#form.errors.name}} aria-invalid="true" aria-describedby="name-error"{{/form.errors.name}}>
          {{#form.errors.name}}<p class="field-error" id="name-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.name}}
          <label for="unit-name-en">{{t.hotline_unit_name_en}}</label>
          <input id="unit-name-en" name="nameEn" maxlength="100" lang="en" dir="ltr" value="{{form.values.nameEn}}"{{#form.errors.nameEn}} aria-invalid="true" aria-describedby="nameEn-error"{{/form.errors.nameEn}}>
          {{#form.errors.nameEn}}<p class="field-error" id="nameEn-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.nameEn}}
          <label for="unit-name-ug">{{t.hotline_unit_name_ug}}</label>
          <input id="unit-name-ug" name="nameUg" maxlength="100" lang="ug" dir="rtl" value="{{form.values.nameUg}}"{{#form.errors.nameUg}} aria-invalid="true" aria-describedby="nameUg-error"{{/form.errors.nameUg}}>
          {{#form.errors.nameUg}}<p class="field-error" id="nameUg-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.nameUg}}
          <label for="unit-region">{{t.hotline_unit_region}}</label>
          <select id="unit-region" name="region"{{#form.errors.region}} aria-invalid="true" aria-describedby="region-error"{{/form.errors.region}}><option value="">{{t.hotline_unit_region_all}}</option>{{#regions}}<option value="{{code}}"{{#selected}} selected{{/selected}} lang="{{nameLang}}">{{name}}</option>{{/regions}}</select>
          {{#form.errors.region}}<p class="field-error" id="region-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.region}}
          <label for="unit-categories">{{t.hotline_unit_categories}}</label>
          <select id="unit-categories" name="categories[]" multiple size="6"{{#form.errors.categories}} aria-invalid="true" aria-describedby="categories-error"{{/form.errors.categories}}>{{#categories}}<option value="{{code}}"{{#selected}} selected{{/selected}}>{{name}}</option>{{/categories}}</select>
          <p class="note">{{t.hotline_unit_categories_hint}}</p>
          {{#form.errors.categories}}<p class="field-error" id="categories-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.categories}}
          <label for="unit-supervisor">{{t.hotline_unit_supervisor}}</label>
          <input id="unit-supervisor" name="supervisor" maxlength="100" autocomplete="off" value="{{form.values.supervisor}}"{{#form.errors.supervisor}} aria-invalid="true" aria-describedby="supervisor-error"{{/form.errors.supervisor}}>
          {{#form.errors.supervisor}}<p class="field-error" id="supervisor-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.supervisor}}
          <button type="submit" id="unit-save">{{t.hotline_unit_save}}</button>
        </form>
        """
}
