/// The password-change and users page templates (mustache), compiled into the binary like the web shell's.
enum IdentityTemplates {
    static let changePassword = """
        <h1>{{t.password_change_title}}</h1>
        <p>{{#asksCurrent}}{{t.password_change_hint_voluntary}}{{/asksCurrent}}{{^asksCurrent}}{{t.password_change_hint}}{{/asksCurrent}}</p>
        {{#form.general}}<p class="error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.general}}
        <form method="post" action="/account/password" class="card">
          <input type="hidden" name="csrf" value="{{csrf}}">
          {{#asksCurrent}}
          <label for="current-password">{{t.password_current}}</label>
          <input id="current-password" name="current" type="password" autocomplete="current-password" required{{#form.errors.current}} aria-invalid="true" aria-describedby="current-error"{{/form.errors.current}}>
          {{#form.errors.current}}<p class="field-error" id="current-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.current}}
          {{/asksCurrent}}
          <label for="new-password">{{t.password_new}}</label>
          <input id="new-password" name="password" type="password" autocomplete="new-password" minlength="10" required{{#form.errors.password}} aria-invalid="true" aria-describedby="password-error"{{/form.errors.password}}>
          {{#form.errors.password}}<p class="field-error" id="password-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.password}}
          <label for="repeat-password">{{t.password_repeat}}</label>
          <input id="repeat-password" name="repeat" type="password" autocomplete="new-password" minlength="10" required{{#form.errors.repeat}} aria-invalid="true" aria-describedby="repeat-error"{{/form.errors.repeat}}>
          {{#form.errors.repeat}}<p class="field-error" id="repeat-error" role="alert"><span aria-hidden="true">✖</span> {{.}}</p>{{/form.errors.repeat}}
          <button id="password-submit" type="submit">{{t.password_save}}</button>
        </form>
        """

    static let users = """
        <h1>{{t.users_title}}</h1>
        <div class="scroll">
        <table class="list" id="users">
          <thead><tr><th scope="col">{{t.user_username}}</th><th scope="col">{{t.user_display_name}}</th><th scope="col">{{t.user_role}}</th><th scope="col">{{t.user_scope}}</th><th scope="col">{{t.user_status}}</th><th scope="col">{{t.user_actions}}</th><th scope="col">{{t.user_change}}</th></tr></thead>
          <tbody>{{#users}}<tr><td translate="no">{{username}}</td><td translate="no">{{displayName}}</td><td>{{role}}</td><td translate="no">{{scope}}</td><td>{{status}}</td>
            <td><form method="post" action="/users/{{id}}/{{action}}" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{actionLabel}}</button></form>
              <form method="post" action="/users/{{id}}/password-reset" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.user_reset_password}}</button></form>
              <form method="post" action="/users/{{id}}/sessions/revoke-all" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.user_sign_out_everywhere}}</button></form>
              <a href="/users/{{id}}/tokens">{{t.user_tokens}}</a></td>
            <td><form method="post" action="/users/{{id}}/update" class="inline"><input type="hidden" name="csrf" value="{{csrf}}">
              <label for="role-{{id}}">{{t.user_role}}</label> <select id="role-{{id}}" name="role">{{#roles}}<option value="{{value}}"{{#selected}} selected{{/selected}}>{{label}}</option>{{/roles}}</select>
              <label for="regions-{{id}}">{{t.user_regions}}</label> <input id="regions-{{id}}" name="regions" value="{{regions}}" dir="ltr" size="14">
              <label for="units-{{id}}">{{t.user_units}}</label> <input id="units-{{id}}" name="units" value="{{units}}" size="14">
              <button type="submit">{{t.user_save}}</button></form></td></tr>{{/users}}</tbody>
        </table>
        </div>
        """

    static let oneTimePassword = """
        <h1>{{t.user_one_time_password_title}}</h1>
        <p>{{hint}}</p>
        <p class="card"><code id="one-time-password" dir="ltr">{{password}}</code></p>
        <p><a href="/users">{{t.user_back}}</a></p>
        """

    static let tokens = """
        <h1>{{{title}}}</h1>
        {{^hasTokens}}<p>{{t.tokens_none}}</p>{{/hasTokens}}
        {{#hasTokens}}<div class="scroll">
        <table class="list" id="tokens">
          <thead><tr><th scope="col">ID</th><th scope="col">{{t.token_name}}</th><th scope="col">{{t.token_created}}</th><th scope="col">{{t.token_last_used}}</th><th scope="col">{{t.token_expires}}</th><th scope="col">{{t.user_status}}</th><th scope="col">{{t.user_actions}}</th></tr></thead>
          <tbody>{{#tokens}}<tr><td>{{id}}</td><td translate="no">{{name}}</td><td>{{created}}</td><td>{{lastUsed}}</td><td>{{expires}}</td><td>{{status}}</td>
            <td>{{#live}}<form method="post" action="/users/{{userId}}/tokens/{{id}}/expire" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.token_expire_now}}</button></form>
              <form method="post" action="/users/{{userId}}/tokens/{{id}}/revoke" class="inline"><input type="hidden" name="csrf" value="{{csrf}}"><button type="submit">{{t.token_revoke}}</button></form>{{/live}}</td></tr>{{/tokens}}</tbody>
        </table>
        </div>{{/hasTokens}}
        <p><a href="/users">{{t.user_back}}</a></p>
        """
}
