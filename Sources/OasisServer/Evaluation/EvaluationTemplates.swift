import OasisServices

/// Templates of the health-check pages.
enum EvaluationTemplates {
    static let overview = """
        <h1>{{t.eval_title}}</h1>
        <p class="lead">{{t.eval_intro}}</p>
        <p class="actions"><a href="/evaluation/import">{{t.import_title}}</a> · <a href="/evaluation/problems">{{t.eval_problems}}</a> · <a href="/evaluation/framework">{{t.frameworks_title}}</a></p>
        {{^hasData}}<p>{{t.eval_no_data}}</p>{{/hasData}}
        {{#hasData}}
        <form method="get" action="/evaluation" class="filters">
          <label for="period">{{t.eval_period}}</label>
          <select id="period" name="period">{{#periods}}<option value="{{year}}"{{#selected}} selected{{/selected}}>{{year}}</option>{{/periods}}</select>
          <button type="submit">{{t.form_apply}}</button>
        </form>
        <div class="chart">{{{tileMap}}}</div>
        <h2>{{rankingTitle}}</h2>
        <div class="scroll">
        <table class="list" id="ranking">
          <thead><tr><th scope="col">{{t.eval_rank}}</th><th scope="col">{{t.region_name}}</th><th scope="col" class="num">{{t.eval_overall}}</th><th scope="col" class="num">{{t.eval_change}}</th><th scope="col" class="num">{{t.eval_failing}}</th></tr></thead>
          <tbody>{{#rows}}<tr><td class="num">{{rank}}</td><td><a href="/evaluation/{{code}}?period={{period}}" lang="{{nameLang}}">{{name}}</a></td><td class="num">{{overall}}</td><td class="num">{{change}}</td><td class="num">{{failing}}</td></tr>{{/rows}}</tbody>
        </table>
        </div>
        {{/hasData}}
        """

    static let region = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/evaluation">{{t.eval_title}}</a></li><li>{{name}}</li></ol></nav>
        <h1 id="evaluation-title">{{title}}</h1>
        {{#sample}}<p class="error" id="sample-note"><span aria-hidden="true">⚠</span> {{t.eval_sample_note}}</p>{{/sample}}
        <p class="actions">
          {{#periods}}<a href="/evaluation/{{code}}?period={{year}}"{{#selected}} aria-current="page"{{/selected}}>{{year}}</a> {{/periods}}
          · <a id="report-link" href="/evaluation/{{code}}/report?period={{period}}">{{t.eval_report_link}}</a>
        </p>
        <div class="figures-row">
          <div class="figure"><span>{{t.eval_overall}}</span><b id="overall">{{overall}}</b></div>
          <div class="figure"><span>{{t.eval_rank}}</span><b>{{rank}}</b></div>
          <div class="figure"><span>{{t.eval_change}}</span><b>{{change}}</b></div>
        </div>
        <div class="charts">
          <div class="chart">{{{goalChart}}}</div>
          <div class="chart">{{{trendChart}}}</div>
        </div>
        {{#targets}}<div class="chart">{{{chart}}}</div><p>{{text}}</p>{{/targets}}
        <h2>{{t.eval_indicators}}</h2>
        <div class="scroll">
        <table class="list" id="indicators">
          <thead><tr><th scope="col">{{t.eval_code}}</th><th scope="col">{{t.eval_indicator}}</th><th scope="col" class="num">{{t.eval_value}}</th><th scope="col" class="num">{{t.eval_threshold}}</th><th scope="col">{{t.eval_status}}</th><th scope="col">{{t.eval_basis}}</th><th scope="col" class="num">{{t.eval_score}}</th><th scope="col" class="num">{{t.eval_rank}}</th></tr></thead>
          <tbody>{{#indicators}}<tr class="{{statusClass}}"><td>{{code}}</td><td>{{name}}</td><td class="num">{{value}}</td><td class="num">{{threshold}}</td><td>{{status}}</td><td>{{basis}}</td><td class="num">{{score}}</td><td class="num">{{rank}}</td></tr>{{/indicators}}</tbody>
        </table>
        </div>
        <h2>{{t.eval_problems}}</h2>
        <p><a href="/evaluation/problems?region={{code}}">{{openProblems}}</a></p>
        <p class="note">{{method}}</p>
        """

    static let problems = """
        <h1 id="problems-title">{{t.eval_problems}}</h1>
        <form method="get" action="/evaluation/problems" class="filters" id="ledger-filters">
          <div class="field">
            <label for="region">{{t.ledger_filter_region}}</label>
            <select id="region" name="region"\(PlannerTemplates.invalid("region"))><option value="">{{t.ledger_filter_all}}</option>{{#regions}}<option value="{{value}}"{{#selected}} selected{{/selected}} lang="{{lang}}">{{label}}</option>{{/regions}}</select>
            \(PlannerTemplates.error("region"))
          </div>
          <div class="field">
            <label for="severity">{{t.ledger_filter_severity}}</label>
            <select id="severity" name="severity"\(PlannerTemplates.invalid("severity"))><option value="">{{t.ledger_filter_all}}</option>{{#severities}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/severities}}</select>
            \(PlannerTemplates.error("severity"))
          </div>
          <div class="field">
            <label for="status">{{t.problem_status}}</label>
            <select id="status" name="status"\(PlannerTemplates.invalid("status"))><option value="">{{t.ledger_filter_all}}</option>{{#statuses}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/statuses}}</select>
            \(PlannerTemplates.error("status"))
          </div>
          <div class="field">
            <label for="year">{{t.ledger_filter_year}}</label>
            <input id="year" name="year" value="{{form.values.year}}" inputmode="numeric" size="6"\(PlannerTemplates.invalid("year"))>
            \(PlannerTemplates.error("year"))
          </div>
          <button type="submit" id="ledger-filter">{{t.ledger_filter_submit}}</button>
        </form>
        <p class="actions"><span id="ledger-summary">{{summary}}</span> · {{t.ledger_export}}:
          <a id="ledger-export-csv" href="/evaluation/problems/export?format=csv{{exportQuery}}">CSV</a> ·
          <a id="ledger-export-xlsx" href="/evaluation/problems/export?format=xlsx{{exportQuery}}">XLSX</a></p>
        {{#contextNote}}<p class="note" id="context-note">{{contextNote}}</p>{{/contextNote}}
        {{^problems}}<p>{{t.problem_none}}</p>{{/problems}}
        <div class="scroll">
        <table class="list" id="problems">
          <thead><tr><th scope="col">#</th><th scope="col">{{t.problem_region}}</th><th scope="col">{{t.eval_indicator}}</th><th scope="col">{{t.problem_severity}}</th><th scope="col">{{t.problem_status}}</th><th scope="col" class="num">{{t.problem_first}}</th><th scope="col" class="num">{{t.problem_last_failed}}</th><th scope="col">{{t.problem_move}}</th></tr></thead>
          <tbody>{{#problems}}<tr data-region="{{regionCode}}"><td>{{id}}</td><td lang="{{regionLang}}">{{region}}</td><td>{{indicator}}</td><td>{{severity}}</td><td>{{status}}</td><td class="num">{{first}}</td><td class="num">{{last}}</td>
          <td>{{#canMove}}<form method="post" action="/evaluation/problems/{{id}}" class="inline-form">
            <input type="hidden" name="csrf" value="{{csrf}}">
            <label class="visually-hidden" for="to-{{id}}">{{t.problem_move}}</label>
            <select id="to-{{id}}" name="status">{{#moves}}<option value="{{value}}">{{label}}</option>{{/moves}}</select>
            <label class="visually-hidden" for="period-{{id}}">{{t.problem_solved_period}}</label>
            <input id="period-{{id}}" name="period" size="5" inputmode="numeric" placeholder="{{t.problem_solved_period}}">
            <button type="submit">{{t.form_apply}}</button></form>{{/canMove}}</td></tr>{{/problems}}</tbody>
        </table>
        </div>
        <nav class="actions pager" aria-label="{{t.eval_problems}}">{{#previous}}<a id="ledger-previous" href="{{previous}}">← {{t.ledger_previous}}</a>{{/previous}} {{#next}}<a id="ledger-next" href="{{next}}">{{t.ledger_next}} →</a>{{/next}}</nav>
        """

    static let framework = """
        <h1>{{t.frameworks_title}}</h1>
        <p>{{name}} · {{version}} · <a href="/api/v1/frameworks/active" download="framework.json">{{t.frameworks_export}}</a></p>
        {{#levels}}
        <h2>{{name}}</h2>
        <div class="scroll">
        <table class="list">
          <thead><tr><th scope="col">{{t.eval_code}}</th><th scope="col">{{t.eval_indicator}}</th><th scope="col">{{t.eval_unit}}</th><th scope="col">{{t.eval_group}}</th><th scope="col">{{t.eval_goal}}</th><th scope="col">{{t.eval_direction}}</th><th scope="col">{{t.eval_threshold}}</th><th scope="col">{{t.eval_confidence}}</th></tr></thead>
          <tbody>{{#indicators}}<tr><td>{{code}}</td><td>{{name}}</td><td>{{unit}}</td><td>{{group}}</td><td>{{goal}}</td><td>{{direction}}</td><td>{{threshold}}</td><td>{{confidence}}</td></tr>{{/indicators}}</tbody>
        </table>
        </div>
        {{/levels}}
        """

    static let importPage = """
        <h1>{{t.import_title}}</h1>
        <p>{{t.import_hint}}</p>
        <ul class="note" id="import-layouts"><li>{{t.import_hint_long}} <code translate="no">region, indicator, period, value[, source, unit]</code></li>
          <li>{{t.import_hint_wide}} <code translate="no">region, period[, source]</code> {{t.import_hint_wide_more}}</li></ul>
        <p>{{t.import_hint_errors}}</p>
        <p class="actions" id="import-templates">{{t.import_templates}}
          <a href="/api/v1/imports/templates/indicator-values.xlsx?lang={{lang}}" download>{{t.import_template_indicator_values}}</a> ·
          <a href="/api/v1/imports/templates/projects.xlsx?lang={{lang}}" download>{{t.import_template_projects}}</a></p>
        <form id="import-form" class="card wide" data-endpoint="/evaluation/import" data-csrf="{{csrf}}"
              data-progress="{{t.import_progress}}" data-result="{{t.import_result}}" data-refused="{{t.import_refused}}"
              data-place="{{t.import_place}}" data-reason="{{t.import_reason}}" data-marked="{{t.import_marked_download}}">
          <label for="import-file">{{t.import_file}}</label>
          <input id="import-file" name="file" type="file" accept=".csv,.xlsx,text/csv" required>
          <label><input id="accept-valid" name="acceptValid" type="checkbox"> {{t.import_accept_valid}}</label>
          <button id="import-submit" type="submit">{{t.import_submit}}</button>
          <progress id="import-progress" max="100" value="0" hidden></progress>
          <noscript><p class="error">{{t.import_noscript}}</p><pre translate="no">oasis values import values.csv</pre></noscript>
        </form>
        <div id="import-result" role="status" aria-live="polite"></div>
        <script src="/static/oasis.js"></script>
        """
}
