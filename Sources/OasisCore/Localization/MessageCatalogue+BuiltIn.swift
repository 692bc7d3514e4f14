extension MessageCatalogue {
    /// The built-in messages. Keep keys sorted by area; add both languages in the same line.
    static let builtIn: [MessageKey: Entry] = [
        // Application
        "app_name": Entry(zhHans: "绿洲", en: "Oasis"),
        "app_title": Entry(zhHans: "绿洲 · 城市高质量发展平台", en: "Oasis · platform for high-quality urban development"),
        "app_tagline": Entry(
            zhHans: "城市体检、接诉即办、规划—方案—项目推进、生命线安全与完整社区，一个平台。",
            en: "City health check, handle-on-complaint hotline, plan–scheme–project promotion, lifeline safety and complete communities in one platform."
        ),
        "footer_licence": Entry(zhHans: "开源软件，Apache-2.0 许可", en: "Open-source software under the Apache-2.0 licence"),
        "skip_to_content": Entry(zhHans: "跳到正文", en: "Skip to content"),
        "language_label": Entry(zhHans: "语言", en: "Language"),
        "language_zh": Entry(zhHans: "中文", en: "中文"),
        "language_en": Entry(zhHans: "English", en: "English"),
        // Navigation
        "nav_label": Entry(zhHans: "主导航", en: "Main navigation"),
        "nav_home": Entry(zhHans: "首页", en: "Home"),
        "nav_evaluation": Entry(zhHans: "城市体检", en: "Health check"),
        "nav_hotline": Entry(zhHans: "接诉即办", en: "Citizen hotline"),
        "nav_projects": Entry(zhHans: "项目推进", en: "Projects"),
        "nav_living_circles": Entry(zhHans: "生活圈", en: "Living circles"),
        "nav_lifeline": Entry(zhHans: "生命线安全", en: "Lifeline safety"),
        "nav_shelters": Entry(zhHans: "应急避难", en: "Shelters"),
        "nav_admin": Entry(zhHans: "系统管理", en: "Administration"),
        "nav_users": Entry(zhHans: "用户", en: "Users"),
        "nav_audit": Entry(zhHans: "审计日志", en: "Audit log"),
        "module_coming": Entry(
            zhHans: "该模块正在建设中，将在后续版本提供。",
            en: "This module is being built and will arrive in a later release."
        ),
        // Authentication
        "login_title": Entry(zhHans: "登录", en: "Sign in"),
        "login_username": Entry(zhHans: "用户名", en: "Username"),
        "login_password": Entry(zhHans: "密码", en: "Password"),
        "login_submit": Entry(zhHans: "登录", en: "Sign in"),
        "login_failed": Entry(zhHans: "用户名或密码不正确。", en: "The username or password is not correct."),
        "login_throttled": Entry(
            zhHans: "登录失败次数过多，请 {0} 秒后再试。",
            en: "Too many failed sign-ins. Try again in {0} seconds."
        ),
        "login_required": Entry(zhHans: "请先登录。", en: "Please sign in first."),
        "logout": Entry(zhHans: "退出登录", en: "Sign out"),
        "signed_in_as": Entry(zhHans: "当前用户：{0}（{1}）", en: "Signed in as {0} ({1})"),
        "csrf_failed": Entry(
            zhHans: "表单已过期或来源无效，请刷新页面后重试。",
            en: "The form has expired or did not come from this site. Reload the page and try again."
        ),
        "password_change_title": Entry(zhHans: "设置新密码", en: "Set a new password"),
        "password_change_hint": Entry(
            zhHans: "这是一次性密码，请设置至少 10 个字符的新密码。",
            en: "You signed in with a one-time password. Choose a new one of at least 10 characters."
        ),
        "password_new": Entry(zhHans: "新密码", en: "New password"),
        "password_repeat": Entry(zhHans: "再次输入新密码", en: "Repeat the new password"),
        "password_save": Entry(zhHans: "保存", en: "Save"),
        "password_too_short": Entry(zhHans: "密码至少需要 10 个字符。", en: "The password needs at least 10 characters."),
        "password_mismatch": Entry(zhHans: "两次输入的密码不一致。", en: "The two passwords differ."),
        // Roles
        "role_admin": Entry(zhHans: "管理员", en: "Administrator"),
        "role_analyst": Entry(zhHans: "分析员", en: "Analyst"),
        "role_dispatcher": Entry(zhHans: "派单员", en: "Dispatcher"),
        "role_unit_handler": Entry(zhHans: "承办单位", en: "Unit handler"),
        "role_supervisor": Entry(zhHans: "督办员", en: "Supervisor"),
        "role_citizen": Entry(zhHans: "市民", en: "Citizen"),
        // Regions
        "regions_title": Entry(zhHans: "行政区划", en: "Regions"),
        "regions_intro": Entry(
            zhHans: "区划按统计用区划代码组织；人口为第七次全国人口普查（2020年）常住人口。",
            en: "Regions are keyed by statistical division code; population is the resident population of the 7th national census (2020)."
        ),
        "region_code": Entry(zhHans: "区划代码", en: "Division code"),
        "region_name": Entry(zhHans: "名称", en: "Name"),
        "region_level": Entry(zhHans: "层级", en: "Level"),
        "region_parent": Entry(zhHans: "上级区划", en: "Parent region"),
        "region_children": Entry(zhHans: "下级区划", en: "Subdivisions"),
        "region_population": Entry(zhHans: "常住人口（人）", en: "Resident population (people)"),
        "region_urban_population": Entry(zhHans: "城镇人口（人）", en: "Urban population (people)"),
        "region_urbanisation_rate": Entry(zhHans: "城镇化率（%）", en: "Urbanisation rate (%)"),
        "region_census_year": Entry(zhHans: "普查年份", en: "Census year"),
        "region_census_source": Entry(
            zhHans: "数据来源：第七次全国人口普查公报（国家统计局），经 leiii/census 整理（MIT）。",
            en: "Source: 7th national census bulletins (National Bureau of Statistics of China), compiled by leiii/census (MIT)."
        ),
        "region_none": Entry(zhHans: "暂无区划数据。", en: "No regions yet."),
        "region_level_province": Entry(zhHans: "省级", en: "Province"),
        "region_level_prefecture": Entry(zhHans: "地级", en: "Prefecture"),
        "region_level_county": Entry(zhHans: "县级", en: "County"),
        "region_level_subdistrict": Entry(zhHans: "乡镇街道", en: "Sub-district"),
        "region_level_community": Entry(zhHans: "社区村", en: "Community"),
        "region_level_neighbourhood": Entry(zhHans: "小区", en: "Neighbourhood"),
        // Users and audit
        "users_title": Entry(zhHans: "用户", en: "Users"),
        "user_username": Entry(zhHans: "用户名", en: "Username"),
        "user_display_name": Entry(zhHans: "姓名", en: "Name"),
        "user_role": Entry(zhHans: "角色", en: "Role"),
        "user_scope": Entry(zhHans: "数据范围", en: "Scope"),
        "scope_all": Entry(zhHans: "全部", en: "Everything"),
        "audit_title": Entry(zhHans: "审计日志", en: "Audit log"),
        "audit_at": Entry(zhHans: "时间（北京时间）", en: "Time (China Standard Time)"),
        "audit_actor": Entry(zhHans: "操作人", en: "Actor"),
        "audit_action": Entry(zhHans: "操作", en: "Action"),
        "audit_entity": Entry(zhHans: "对象", en: "Record"),
        "audit_chain_ok": Entry(zhHans: "哈希链完整：共 {0} 条记录未被篡改。", en: "Hash chain intact: {0} events unaltered."),
        "audit_chain_broken": Entry(zhHans: "哈希链断裂：{0}", en: "Hash chain broken: {0}"),
        // Errors
        "error_title": Entry(zhHans: "出错了", en: "Something went wrong"),
        "error_not_found": Entry(zhHans: "找不到该页面。", en: "That page does not exist."),
        "error_forbidden": Entry(zhHans: "您没有权限访问此页面。", en: "You do not have permission to see this page."),
        "error_back_home": Entry(zhHans: "返回首页", en: "Back to the home page"),
    ]
}
