/// The region and audit-log page templates (mustache), compiled into the binary like the web shell's.
enum PlatformTemplates {
    static let region = """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol>{{#lineage}}<li><a href="/regions/{{code}}" lang="{{nameLang}}">{{name}}</a></li>{{/lineage}}</ol></nav>
        <h1 lang="{{nameLang}}">{{name}} <small lang="{{otherLanguage}}">{{otherName}}</small></h1>
        <table id="census">
          <caption>{{t.region_census_year}} {{censusYear}}</caption>
          <tbody>
            <tr><th scope="row">{{t.region_code}}</th><td>{{code}}</td></tr>
            <tr><th scope="row">{{t.region_level}}</th><td>{{level}}</td></tr>
            <tr><th scope="row">{{t.region_population}}</th><td class="num">{{population}}</td></tr>
            <tr><th scope="row">{{t.region_urban_population}}</th><td class="num">{{urbanPopulation}}</td></tr>
            <tr><th scope="row">{{t.region_urbanisation_rate}}</th><td class="num">{{rate}}</td></tr>
          </tbody>
        </table>
        <p class="source">{{t.region_census_source}}</p>
        {{#hasChildren}}
        <h2>{{t.region_children}}</h2>
        <div class="scroll">
        <table class="list">
          <thead><tr><th scope="col">{{t.region_code}}</th><th scope="col">{{t.region_name}}</th><th scope="col" class="num">{{t.region_population}}</th><th scope="col" class="num">{{t.region_urban_population}}</th><th scope="col" class="num">{{t.region_urbanisation_rate}}</th></tr></thead>
          <tbody>
            {{#children}}<tr><td>{{code}}</td><td><a class="region-link" data-code="{{code}}" href="/regions/{{code}}" lang="{{nameLang}}">{{name}}</a></td><td class="num">{{population}}</td><td class="num">{{urbanPopulation}}</td><td class="num">{{rate}}</td></tr>{{/children}}
          </tbody>
        </table>
        </div>
        {{/hasChildren}}
        """

    static let audit = """
        <h1>{{t.audit_title}}</h1>
        {{#verification}}<p class="{{verificationClass}}" id="audit-verification"><span aria-hidden="true">{{verificationIcon}}</span> {{verification}}</p>{{/verification}}
        <div class="scroll">
        <table class="list" id="audit">
          <thead><tr><th scope="col">#</th><th scope="col">{{t.audit_at}}</th><th scope="col">{{t.audit_actor}}</th><th scope="col">{{t.audit_action}}</th><th scope="col">{{t.audit_entity}}</th></tr></thead>
          <tbody>{{#events}}<tr><td>{{seq}}</td><td>{{at}}</td><td translate="no">{{actor}}</td><td data-code="{{code}}">{{action}}{{^known}} <code translate="no">{{code}}</code>{{/known}}</td><td>{{entity}} <bdi translate="no">{{entityID}}</bdi></td></tr>{{/events}}</tbody>
        </table>
        </div>
        """
}
