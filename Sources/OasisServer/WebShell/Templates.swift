import OasisServices
/// The page templates (mustache), compiled into the binary so that one file is all a deployment needs.
/// `{{t.key}}` is a message of the catalogue in the page's language.
enum Templates {
    static let layout = """
    <!DOCTYPE html>
    <html lang="{{lang}}">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{{title}} · {{t.app_name}}</title>
    <link rel="stylesheet" href="/static/oasis.css">
    </head>
    <body>
    <a class="skip" href="#main">{{t.skip_to_content}}</a>
    <header class="top">
      <a class="brand" href="/"><span class="logo" aria-hidden="true">◆</span> {{t.app_name}}</a>
      <nav id="lang-switch" aria-label="{{t.language_label}}">
        <a hreflang="zh-Hans" lang="zh-Hans" href="?lang=zh-Hans"{{#isZh}} aria-current="true"{{/isZh}}>{{t.language_zh}}</a>
        <a hreflang="en" lang="en" href="?lang=en"{{^isZh}} aria-current="true"{{/isZh}}>{{t.language_en}}</a>
      </nav>
      <div class="account">
        {{#user}}
        <span class="who">{{signedInAs}}</span>
        <form method="post" action="/logout" class="inline">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <button type="submit" id="logout">{{t.logout}}</button>
        </form>
        {{/user}}
        {{^user}}<a id="login-link" href="/login">{{t.login_title}}</a>{{/user}}
      </div>
    </header>
    <nav class="modules" aria-label="{{t.nav_label}}">
      <ul>
        {{#nav}}
        <li>{{#href}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/href}}{{^href}}<span class="soon" title="{{t.module_coming}}">{{label}}</span>{{/href}}</li>
        {{/nav}}
      </ul>
    </nav>
    <main id="main">
    {{{content}}}
    </main>
    <footer><p>{{t.app_title}} · {{t.footer_licence}}</p></footer>
    </body>
    </html>
    """

    static let home = """
    <h1>{{t.app_name}} <small>Oasis</small></h1>
    <p class="lead">{{t.app_tagline}}</p>
    <section aria-labelledby="regions-heading">
      <h2 id="regions-heading">{{t.regions_title}}</h2>
      <p class="note">{{t.regions_intro}}</p>
      {{^tree}}<p>{{t.region_none}}</p>{{/tree}}
      <ul class="tree">
        {{#tree}}
        <li>
          <div class="node"><a class="region-link" data-code="{{code}}" href="/regions/{{code}}">{{name}}</a>
            <span class="figures">{{population}} · {{rate}}</span></div>
          <ul>
            {{#children}}
            <li>
              <details>
                <summary><a class="region-link" data-code="{{code}}" href="/regions/{{code}}">{{name}}</a>
                  <span class="figures">{{population}} · {{rate}}</span></summary>
                <ul>
                  {{#children}}
                  <li><a class="region-link" data-code="{{code}}" href="/regions/{{code}}">{{name}}</a>
                    <span class="figures">{{population}} · {{rate}}</span></li>
                  {{/children}}
                </ul>
              </details>
            </li>
            {{/children}}
          </ul>
        </li>
        {{/tree}}
      </ul>
      <p class="legend">{{legend}}</p>
      <p class="source">{{t.region_census_source}}</p>
    </section>
    """

    static let region = """
    <nav class="crumbs" aria-label="breadcrumb"><ol>{{#lineage}}<li><a href="/regions/{{code}}">{{name}}</a></li>{{/lineage}}</ol></nav>
    <h1>{{name}} <small>{{otherName}}</small></h1>
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
        {{#children}}<tr><td>{{code}}</td><td><a class="region-link" data-code="{{code}}" href="/regions/{{code}}">{{name}}</a></td><td class="num">{{population}}</td><td class="num">{{urbanPopulation}}</td><td class="num">{{rate}}</td></tr>{{/children}}
      </tbody>
    </table>
    </div>
    {{/hasChildren}}
    """

    static let login = """
    <h1>{{t.login_title}}</h1>
    {{#error}}<p class="error" role="alert" id="login-error"><span aria-hidden="true">✖</span> {{error}}</p>{{/error}}
    <form method="post" action="/login" class="card">
      <input type="hidden" name="csrf" value="{{csrf}}">
      <input type="hidden" name="next" value="{{next}}">
      <label for="username">{{t.login_username}}</label>
      <input id="username" name="username" autocomplete="username" required value="{{username}}">
      <label for="password">{{t.login_password}}</label>
      <input id="password" name="password" type="password" autocomplete="current-password" required>
      <button id="login-submit" type="submit">{{t.login_submit}}</button>
    </form>
    """

    static let changePassword = """
    <h1>{{t.password_change_title}}</h1>
    <p>{{t.password_change_hint}}</p>
    {{#error}}<p class="error" role="alert"><span aria-hidden="true">✖</span> {{error}}</p>{{/error}}
    <form method="post" action="/account/password" class="card">
      <input type="hidden" name="csrf" value="{{csrf}}">
      <label for="new-password">{{t.password_new}}</label>
      <input id="new-password" name="password" type="password" autocomplete="new-password" minlength="10" required>
      <label for="repeat-password">{{t.password_repeat}}</label>
      <input id="repeat-password" name="repeat" type="password" autocomplete="new-password" minlength="10" required>
      <button id="password-submit" type="submit">{{t.password_save}}</button>
    </form>
    """

    static let users = """
    <h1>{{t.users_title}}</h1>
    <div class="scroll">
    <table class="list" id="users">
      <thead><tr><th scope="col">{{t.user_username}}</th><th scope="col">{{t.user_display_name}}</th><th scope="col">{{t.user_role}}</th><th scope="col">{{t.user_scope}}</th><th scope="col">{{t.user_status}}</th></tr></thead>
      <tbody>{{#users}}<tr><td>{{username}}</td><td>{{displayName}}</td><td>{{role}}</td><td>{{scope}}</td>
        <td>{{status}} <form method="post" action="/users/{{id}}/{{action}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{actionLabel}}</button></form></td></tr>{{/users}}</tbody>
    </table>
    </div>
    """

    static let audit = """
    <h1>{{t.audit_title}}</h1>
    {{#verification}}<p class="{{verificationClass}}" id="audit-verification"><span aria-hidden="true">{{verificationIcon}}</span> {{verification}}</p>{{/verification}}
    <div class="scroll">
    <table class="list" id="audit">
      <thead><tr><th scope="col">#</th><th scope="col">{{t.audit_at}}</th><th scope="col">{{t.audit_actor}}</th><th scope="col">{{t.audit_action}}</th><th scope="col">{{t.audit_entity}}</th></tr></thead>
      <tbody>{{#events}}<tr><td>{{seq}}</td><td>{{at}}</td><td>{{actor}}</td><td><code>{{action}}</code></td><td>{{entity}}</td></tr>{{/events}}</tbody>
    </table>
    </div>
    """

    static let error = """
    <h1>{{t.error_title}}</h1>
    <p class="error" role="alert"><span aria-hidden="true">✖</span> {{message}}</p>
    {{#details}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{/details}}
    <p><a href="/">{{t.error_back_home}}</a></p>
    """
}
