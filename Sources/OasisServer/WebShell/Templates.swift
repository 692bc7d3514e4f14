/// The web shell's templates (mustache): the layout, home, sign-in and error pages; each feature keeps its pages'
/// templates next to its routes. Compiled into the binary so that one file is all a deployment needs.
/// `{{t.key}}` is a message of the catalogue in the page's language.
enum Templates {
    static let layout = """
        <!DOCTYPE html>
        <html lang="{{lang}}" dir="{{dir}}">
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
            {{#languages}}<a hreflang="{{tag}}" lang="{{tag}}" dir="{{dir}}" href="{{href}}"{{#current}} aria-current="true"{{/current}}>{{name}}</a>{{/languages}}
          </nav>
          <div class="account">
            <a id="report-problem" class="report" href="/hotline/new">{{t.hotline_report_entry}}</a>
            {{#user}}
            <span class="who">{{{signedInAs}}}</span>
            <a id="password-link" href="/account/password">{{t.password_change_link}}</a>
            <form method="post" action="/logout" class="inline">
              <input type="hidden" name="csrf" value="{{csrf}}">
              <button type="submit" id="logout">{{t.logout}}</button>
            </form>
            {{/user}}
            {{^user}}<a id="login-link" href="/login">{{t.login_title}}</a>{{/user}}
          </div>
        </header>
        <nav class="modules" aria-label="{{t.nav_label}}">
          <details class="menu" id="menu">
            <summary id="menu-toggle"><span class="menu-icon" aria-hidden="true">☰</span> {{t.nav_menu}}</summary>
            <ul>
              {{> nav-items}}
            </ul>
          </details>
          <ul class="bar">
            {{> nav-items}}
          </ul>
        </nav>
        <main id="main">
        {{{content}}}
        </main>
        <footer><p>{{t.app_title}} · {{t.footer_licence}}</p></footer>
        </body>
        </html>
        """

    /// The modules' links, shown twice by the layout: in the phone's menu and in the desk's bar.
    static let navItems = """
        {{#nav}}<li>{{#href}}<a href="{{href}}"{{#current}} aria-current="page"{{/current}}>{{label}}</a>{{/href}}{{^href}}<span class="soon" title="{{t.module_coming}}">{{label}}</span>{{/href}}</li>{{/nav}}
        """

    static let home = """
        <h1>{{t.app_name}}{{#latinName}} <small lang="en">Oasis</small>{{/latinName}}</h1>
        <p class="lead">{{t.app_tagline}}</p>
        <section aria-labelledby="regions-heading">
          <h2 id="regions-heading">{{t.regions_title}}</h2>
          <p class="note">{{t.regions_intro}}</p>
          {{^tree}}<p>{{t.region_none}}</p>{{/tree}}
          <ul class="tree">
            {{#tree}}
            <li>
              <div class="node"><a class="region-link" data-code="{{code}}" href="/regions/{{code}}" lang="{{nameLang}}">{{name}}</a>
                <span class="figures">{{population}} · {{rate}}</span></div>
              <ul>
                {{#children}}
                <li>
                  <details>
                    <summary><a class="region-link" data-code="{{code}}" href="/regions/{{code}}" lang="{{nameLang}}">{{name}}</a>
                      <span class="figures">{{population}} · {{rate}}</span></summary>
                    <ul>
                      {{#children}}
                      <li><a class="region-link" data-code="{{code}}" href="/regions/{{code}}" lang="{{nameLang}}">{{name}}</a>
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

    static let login = """
        <h1>{{t.login_title}}</h1>
        {{#form.general}}<p class="error" role="alert" id="login-error"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.general}}
        <form method="post" action="/login" class="card">
          <input type="hidden" name="csrf" value="{{csrf}}">
          <input type="hidden" name="next" value="{{next}}">
          <label for="username">{{t.login_username}}</label>
          <input id="username" name="username" autocomplete="username" required value="{{form.values.username}}"{{#form.errors.username}} aria-invalid="true" aria-describedby="username-error"{{/form.errors.username}}>
          {{#form.errors.username}}<p class="field-error" id="username-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.username}}
          <label for="password">{{t.login_password}}</label>
          <input id="password" name="password" type="password" autocomplete="current-password" required{{#form.errors.password}} aria-invalid="true" aria-describedby="password-error"{{/form.errors.password}}>
          {{#form.errors.password}}<p class="field-error" id="password-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.password}}
          <button id="login-submit" type="submit">{{t.login_submit}}</button>
        </form>
        """

    static let error = """
        <h1>{{t.error_title}}</h1>
        <p class="error" role="alert"><span aria-hidden="true">✖</span> {{message}}</p>
        {{#details}}<ul>{{#items}}<li>{{.}}</li>{{/items}}</ul>{{/details}}
        <p><a href="/">{{t.error_back_home}}</a></p>
        """
}
