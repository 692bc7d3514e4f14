import OasisServices

/// Templates of the promotion pages: the measure status, the project library and one project.
enum PromotionTemplates {
    static let overview = """
        <h1 id="promotion-title">{{t.promo_title}}</h1>
        <p class="lead">{{t.promo_intro}}</p>
        <form method="get" action="/promotion" class="filters">
          <label for="region">{{t.ledger_filter_region}}</label>
          <select id="region" name="region">{{#regions}}<option value="{{code}}"{{#selected}} selected{{/selected}} lang="{{nameLang}}">{{name}}</option>{{/regions}}</select>
          <button type="submit">{{t.form_apply}}</button>
        </form>
        <p class="actions"><a href="/projects?region={{region}}">{{t.promo_library}}</a> · <a id="plans-link" href="/plans">{{t.planner_plans}}</a> ·
          <a id="progress-report-link" href="/api/v1/reports/progress?region={{region}}&amp;lang={{lang}}">{{t.promo_report_link}}</a></p>
        <div class="figures-row">
          <div class="figure"><span>{{t.promo_projects}}</span><b id="project-count">{{projects}}</b></div>
          <div class="figure"><span>{{t.promo_late_projects}}</span><b>{{late}}</b></div>
          <div class="figure"><span>{{t.promo_overdue_tasks}}</span><b>{{overdueTasks}}</b></div>
        </div>
        <div class="chart">{{{chart}}}</div>
        <h2>{{t.promo_measures}}</h2>
        <div class="scroll">
        <table class="list" id="measure-status">
          <thead><tr><th scope="col">{{t.promo_measure}}</th><th scope="col" class="num">{{t.promo_tasks}}</th><th scope="col" class="num">{{t.promo_projects}}</th><th scope="col" class="num">{{t.promo_budget}}</th><th scope="col" class="num">{{t.promo_actual}}</th><th scope="col" class="num">{{t.promo_progress}}</th><th scope="col" class="num">{{t.promo_late_projects}}</th></tr></thead>
          <tbody>{{#measures}}<tr class="{{rowClass}}"><td><a href="/projects?region={{region}}&amp;measure={{number}}">({{number}}) {{title}}</a></td><td class="num">{{tasks}}</td><td class="num">{{projects}}</td><td class="num">{{budget}}</td><td class="num">{{actual}}</td><td class="num">{{progress}}</td><td class="num">{{late}}</td></tr>{{/measures}}</tbody>
        </table>
        </div>
        <p class="note">{{t.promo_money_note}}</p>
        <h2>{{t.promo_delays}} · {{t.promo_by_unit}}</h2>
        {{^units}}<p>{{t.promo_no_delays}}</p>{{/units}}
        {{#hasUnits}}<div class="scroll"><table class="list" id="delays-by-unit">
          <thead><tr><th scope="col">{{t.promo_by_unit}}</th><th scope="col" class="num">{{t.promo_overdue_tasks}}</th><th scope="col" class="num">{{t.promo_late_projects}}</th><th scope="col" class="num">{{t.promo_overdue_milestones}}</th><th scope="col" class="num">{{t.promo_cost_overruns}}</th></tr></thead>
          <tbody>{{#units}}<tr><td translate="no">{{key}}</td><td class="num">{{overdueTasks}}/{{tasks}}</td><td class="num">{{lateProjects}}/{{projects}}</td><td class="num">{{overdueMilestones}}</td><td class="num">{{costOverruns}}</td></tr>{{/units}}</tbody>
        </table></div>{{/hasUnits}}
        """

    static let library = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/promotion">{{t.promo_title}}</a></li><li>{{t.promo_library}}</li></ol></nav>
        <h1 id="library-title">{{t.promo_library}}</h1>
        <form method="get" action="/projects" class="filters">
          <input type="hidden" name="region" value="{{region}}">
          {{#measure}}<input type="hidden" name="measure" value="{{measure}}">{{/measure}}
          <label for="stage">{{t.promo_stage}}</label>
          <select id="stage" name="stage"><option value="">—</option>{{#stages}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/stages}}</select>
          <button type="submit">{{t.form_apply}}</button>
        </form>
        {{#canWrite}}<p class="actions"><a id="new-project" href="/projects/new">{{t.planner_new_project}}</a> · <a href="/plans">{{t.planner_plans}}</a></p>{{/canWrite}}
        <p class="actions">{{summary}} · <a href="/api/v1/projects/export?format=csv&amp;region={{region}}">CSV</a> · <a href="/api/v1/projects/export?format=xlsx&amp;region={{region}}">XLSX</a></p>
        <div class="scroll">
        <table class="list" id="projects">
          <thead><tr><th scope="col">{{t.promo_project}}</th><th scope="col">{{t.promo_type}}</th><th scope="col">{{t.ledger_filter_region}}</th><th scope="col">{{t.promo_stage}}</th><th scope="col" class="num">{{t.promo_budget}}</th><th scope="col" class="num">{{t.promo_progress}}</th><th scope="col">{{t.promo_flags}}</th></tr></thead>
          <tbody>{{#projects}}<tr class="{{rowClass}}"><td><a href="/projects/{{id}}"><span translate="no">{{code}}</span> <span lang="{{nameLang}}">{{name}}</span></a></td><td>{{type}}</td><td>{{region}} <span class="note">{{regionCode}}</span></td><td>{{stage}}</td><td class="num">{{budget}}</td><td class="num">{{progress}}</td><td>{{flags}}</td></tr>{{/projects}}</tbody>
        </table>
        </div>
        <p class="actions">{{#previous}}<a href="{{previous}}">← {{t.promo_previous}}</a>{{/previous}} {{#next}}<a href="{{next}}">{{t.promo_next}} →</a>{{/next}}</p>
        """

    static let project = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/promotion">{{t.promo_title}}</a></li><li><a href="/projects?region={{region}}">{{t.promo_library}}</a></li><li translate="no">{{code}}</li></ol></nav>
        <h1 id="project-title"><span translate="no">{{code}}</span> <span lang="{{nameLang}}">{{name}}</span></h1>
        {{#flags}}<p class="error flag"><span aria-hidden="true">⚠</span> {{label}}: {{detail}}</p>{{/flags}}
        <dl class="facts">
          <dt>{{t.promo_type}}</dt><dd>{{type}}</dd>
          <dt>{{t.ledger_filter_region}}</dt><dd>{{regionName}} ({{region}})</dd>
          <dt>{{t.promo_by_unit}}</dt><dd translate="no">{{unit}}</dd>
          <dt>{{t.promo_stage}}</dt><dd id="project-stage">{{stage}}</dd>
          <dt>{{t.promo_progress}}</dt><dd>{{progress}}</dd>
          <dt>{{t.promo_budget}}</dt><dd>{{budget}}</dd>
          <dt>{{t.promo_actual}}</dt><dd>{{actual}}</dd>
          <dt>{{t.promo_dates}}</dt><dd>{{dates}}</dd>
          <dt>{{t.promo_measure}}</dt><dd>{{measures}}</dd>
          <dt>{{t.promo_problems_addressed}}</dt><dd>{{problems}}</dd>
        </dl>
        {{#canWrite}}<p class="actions"><a id="project-edit" href="/projects/{{id}}/edit">{{t.planner_edit_project}}</a></p>{{/canWrite}}
        {{#map}}<div class="chart">{{{map}}}</div>{{/map}}
        {{#canWrite}}
        <section id="stage-move"><h2>{{t.planner_move_stage}}</h2>
        {{#hasStageMoves}}<form method="post" action="/projects/{{id}}/stage" class="planner-form" id="stage-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          \(PlannerTemplates.select("stage", "planner_to_stage", options: "stageMoves"))
          \(PlannerTemplates.field("on", "planner_stage_on", attributes: " placeholder=\"2026-06-30\""))
          <p class="actions"><button type="submit" id="stage-submit">{{t.planner_move_stage}}</button></p>
        </form>{{/hasStageMoves}}
        </section>
        {{/canWrite}}
        <h2>{{t.promo_milestones}}</h2>
        <table class="list" id="milestones"><thead><tr><th scope="col">{{t.promo_milestone}}</th><th scope="col">{{t.promo_due}}</th><th scope="col">{{t.promo_done}}</th></tr></thead>
          <tbody>{{#milestones}}<tr class="{{rowClass}}"><td translate="no">{{name}}</td><td>{{due}}</td><td>{{done}}</td></tr>{{/milestones}}</tbody></table>
        <h2>{{t.promo_reports}}</h2>
        {{^reports}}<p>{{t.promo_no_reports}}</p>{{/reports}}
        <ol class="reports" id="progress-reports">{{#reports}}<li><b>{{day}} · {{percent}}</b> <span translate="no">{{narrative}}</span> <span class="note"><span translate="no">{{by}}</span>{{#photos}} · {{photos}}{{/photos}}</span></li>{{/reports}}</ol>
        {{#canWrite}}
        <section id="report-form-section"><h2>{{t.planner_new_report}}</h2>
        \(PlannerTemplates.errorSummary)
        <form method="post" action="/projects/{{id}}/reports" class="planner-form" id="report-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          \(PlannerTemplates.field("reportedOn", "planner_reported_on", attributes: " placeholder=\"2026-06-30\""))
          \(PlannerTemplates.field("percent", "planner_percent", attributes: " inputmode=\"decimal\" placeholder=\"35\""))
          <div class="field"><label for="narrative">{{t.planner_narrative}}</label>
            <textarea id="narrative" name="narrative" rows="3"\(PlannerTemplates.invalid("narrative"))>{{form.values.narrative}}</textarea>
            \(PlannerTemplates.error("narrative"))</div>
          <p class="actions"><button type="submit" id="report-submit">{{t.planner_add_report}}</button></p>
        </form>
        </section>
        {{/canWrite}}
        """
}
