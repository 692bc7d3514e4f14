/// Templates of the planners' forms: a project (new or edited) with its site, and plans with their schemes and
/// tasks. Each field has its label and, when refused, its error beside it (`aria-describedby`).
enum PlannerTemplates {
    static let errorSummary = """
        {{#form.hasErrors}}<div class="form-errors" id="form-errors"><p class="error"><span aria-hidden="true">✖</span> {{t.form_errors_title}}</p>
        {{#form.general}}<p class="error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.general}}</div>{{/form.hasErrors}}
        """

    /// The attributes of an input whose value was refused.
    static func invalid(_ name: String) -> String {
        "{{#form.errors.\(name)}} aria-invalid=\"true\" aria-describedby=\"\(name)-error\"{{/form.errors.\(name)}}"
    }

    /// The error beside an input.
    static func error(_ name: String) -> String {
        "{{#form.errors.\(name)}}<p class=\"field-error\" id=\"\(name)-error\" role=\"alert\"><span aria-hidden=\"true\">✖</span> {{.}}</p>{{/form.errors.\(name)}}"
    }

    static func field(_ name: String, _ label: String, type: String = "text", attributes: String = "") -> String {
        """
        <div class="field"><label for="\(name)">{{t.\(label)}}</label>
          <input id="\(name)" name="\(name)" type="\(type)" value="{{form.values.\(name)}}"\(attributes)\(invalid(name))>
          \(error(name))</div>
        """
    }

    static func select(_ name: String, _ label: String, options: String) -> String {
        """
        <div class="field"><label for="\(name)">{{t.\(label)}}</label>
          <select id="\(name)" name="\(name)"\(invalid(name))>{{#\(options)}}<option value="{{value}}"{{#selected}} selected{{/selected}}{{#lang}} lang="{{.}}"{{/lang}}>{{label}}</option>{{/\(options)}}</select>
          \(error(name))</div>
        """
    }

    static let projectForm = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/promotion">{{t.promo_title}}</a></li><li><a href="/projects">{{t.promo_library}}</a></li><li>{{heading}}</li></ol></nav>
        <h1 id="project-form-title">{{heading}}</h1>
        \(errorSummary)
        <form method="post" action="{{action}}" class="planner-form" id="project-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          {{#isNew}}\(field("code", "planner_project_code", attributes: " required maxlength=\"64\""))
          \(select("stage", "promo_stage", options: "stages")){{/isNew}}
          {{^isNew}}<p><b>{{t.planner_project_code}}</b> {{form.values.code}} · {{t.promo_stage}} {{stageName}}</p>{{/isNew}}
          \(field("nameZh", "planner_name_zh", attributes: " required"))
          \(field("nameEn", "planner_name_en"))
          \(select("type", "promo_type", options: "types"))
          \(select("region", "ledger_filter_region", options: "regions"))
          \(field("unit", "promo_by_unit"))
          <fieldset><legend>{{t.planner_budget}}</legend>
          \(field("budgetFiscal", "funding_fiscal", attributes: " inputmode=\"decimal\""))
          \(field("budgetSpecialBonds", "funding_special_bonds", attributes: " inputmode=\"decimal\""))
          \(field("budgetSocialCapital", "funding_social_capital", attributes: " inputmode=\"decimal\""))
          \(field("budgetBankFinance", "funding_bank_finance", attributes: " inputmode=\"decimal\""))
          </fieldset>
          \(field("plannedStart", "planner_planned_start", attributes: " placeholder=\"2026-03-01\""))
          \(field("plannedEnd", "planner_planned_end", attributes: " placeholder=\"2027-10-31\""))
          \(field("measures", "planner_measures", attributes: " placeholder=\"9, 15\""))
          \(field("problems", "planner_problems", attributes: " placeholder=\"12, 40\""))
          <div class="field"><label><input type="checkbox" name="residential" id="residential"{{#residential}} checked{{/residential}}> {{t.planner_residential}}</label></div>
          \(field("maxHeight", "planner_max_height", attributes: " inputmode=\"decimal\""))
          <fieldset id="site-fieldset"><legend>{{t.planner_site}}</legend>
            <p class="note">{{t.planner_site_hint}}</p>
            {{#drawingMap}}<div class="chart site-drawing">{{{drawingMap}}}</div>
            <p class="actions"><button type="button" id="site-undo">{{t.planner_site_undo}}</button> <button type="button" id="site-clear">{{t.planner_site_clear}}</button></p>{{/drawingMap}}
            {{^drawingMap}}<p class="note">{{t.planner_site_no_outline}}</p>{{/drawingMap}}
            <div class="field"><label for="site-file">{{t.planner_site_upload}}</label><input id="site-file" type="file" accept=".geojson,.json,application/geo+json,application/json"></div>
            <div class="field"><label for="site">{{t.planner_site_geojson}}</label>
              <textarea id="site" name="site" rows="3"\(invalid("site"))>{{form.values.site}}</textarea>
              \(error("site"))</div>
          </fieldset>
          <p class="actions"><button type="submit" id="project-save">{{t.form_save}}</button> <a href="{{cancel}}">{{t.form_cancel}}</a></p>
        </form>
        <script src="/static/site-drawing.js"></script>
        """

    static let plans = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/promotion">{{t.promo_title}}</a></li><li>{{t.planner_plans}}</li></ol></nav>
        <h1 id="plans-title">{{t.planner_plans}}</h1>
        {{^plans}}<p>{{t.planner_no_plans}}</p>{{/plans}}
        <ul class="plans" id="plan-list">{{#plans}}<li><a href="/plans/{{id}}">{{title}}</a> <span class="note">{{region}} · {{years}}</span></li>{{/plans}}</ul>
        {{#canWrite}}<h2>{{t.planner_new_plan}}</h2>
        \(errorSummary)
        <form method="post" action="/plans" class="planner-form" id="plan-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          \(field("titleZh", "planner_title_zh", attributes: " required"))
          \(field("titleEn", "planner_title_en"))
          \(select("region", "ledger_filter_region", options: "regions"))
          \(field("startYear", "planner_start_year", attributes: " inputmode=\"numeric\" placeholder=\"2026\""))
          \(field("endYear", "planner_end_year", attributes: " inputmode=\"numeric\" placeholder=\"2030\""))
          <p class="actions"><button type="submit" id="plan-save">{{t.form_save}}</button></p>
        </form>{{/canWrite}}
        """

    static let plan = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/promotion">{{t.promo_title}}</a></li><li><a href="/plans">{{t.planner_plans}}</a></li><li>{{title}}</li></ol></nav>
        <h1 id="plan-title">{{title}}</h1>
        <p class="note">{{region}} · {{years}}{{#canWrite}} · <a href="/plans/{{id}}/edit" id="plan-edit">{{t.planner_edit_plan}}</a>{{/canWrite}}</p>
        <h2>{{t.planner_schemes}}</h2>
        {{^schemes}}<p>{{t.planner_no_schemes}}</p>{{/schemes}}
        {{#schemes}}<section class="scheme"><h3>({{measure}}) {{title}}</h3>
          {{#canWrite}}<p class="actions"><a href="/schemes/{{id}}/edit" id="scheme-edit-{{id}}">{{t.planner_edit_scheme}}</a> · <a href="/schemes/{{id}}/tasks/new" id="task-new-{{id}}">{{t.planner_new_task}}</a></p>{{/canWrite}}
          <div class="scroll"><table class="list"><thead><tr><th scope="col">{{t.planner_task}}</th><th scope="col">{{t.planner_lead_unit}}</th><th scope="col">{{t.planner_deadline}}</th><th scope="col">{{t.problem_status}}</th><th scope="col">{{t.problem_move}}</th></tr></thead>
          <tbody>{{#tasks}}<tr><td>{{title}}{{#canWrite}} <a href="/tasks/{{id}}/edit" class="note" id="task-edit-{{id}}">{{t.planner_edit_task}}</a>{{/canWrite}}</td><td translate="no">{{unit}}</td><td>{{deadline}}</td><td>{{status}}</td>
          <td>{{#open}}{{#canWrite}}<form method="post" action="/tasks/{{id}}/status" class="inline-form">
            <input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="plan" value="{{plan}}">
            <label class="visually-hidden" for="task-{{id}}">{{t.problem_move}}</label>
            <select id="task-{{id}}" name="status">{{#moves}}<option value="{{value}}">{{label}}</option>{{/moves}}</select>
            <label class="visually-hidden" for="done-{{id}}">{{t.planner_done_on}}</label>
            <input id="done-{{id}}" name="doneOn" size="10" placeholder="{{t.planner_done_on}}">
            <button type="submit">{{t.form_apply}}</button></form>{{/canWrite}}{{/open}}</td></tr>{{/tasks}}</tbody></table></div>
        </section>{{/schemes}}
        {{#canWrite}}<h2>{{t.planner_new_scheme}}</h2>
        \(errorSummary)
        <form method="post" action="/plans/{{id}}/schemes" class="planner-form" id="scheme-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          \(field("measure", "promo_measure", attributes: " inputmode=\"numeric\" placeholder=\"9\""))
          \(field("titleZh", "planner_title_zh", attributes: " required"))
          \(field("titleEn", "planner_title_en"))
          <fieldset><legend>{{t.planner_first_task}}</legend>
          \(field("taskTitle", "planner_task"))
          \(field("leadUnit", "planner_lead_unit"))
          \(field("deadline", "planner_deadline", attributes: " placeholder=\"2026-12-31\""))
          \(field("deliverable", "planner_deliverable"))
          </fieldset>
          <p class="actions"><button type="submit" id="scheme-save">{{t.form_save}}</button></p>
        </form>{{/canWrite}}
        """
}
