/// The password-change and users page templates (mustache), compiled into the binary like the web shell's.
enum IdentityTemplates {
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
}
