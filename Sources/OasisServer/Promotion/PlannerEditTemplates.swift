/// Templates of the forms that change a plan, a scheme or a task after it was created, and add a task to a scheme.
/// Built from the fields of ``PlannerTemplates``, so each error stands beside its field.
enum PlannerEditTemplates {
    static func crumbs(_ last: String) -> String {
        """
        <nav class="crumbs" aria-label="{{t.breadcrumb_label}}"><ol><li><a href="/promotion">{{t.promo_title}}</a></li><li><a href="/plans">{{t.planner_plans}}</a></li><li><a href="/plans/{{plan}}" lang="{{planLang}}">{{planTitle}}</a></li><li>\(last)</li></ol></nav>
        """
    }

    static let actions = """
        <p class="actions"><button type="submit" id="edit-save">{{t.form_save}}</button> <a href="/plans/{{plan}}">{{t.form_cancel}}</a></p>
        """

    static let planEdit = """
        \(crumbs("{{t.planner_edit_plan}}"))
        <h1 id="plan-edit-title">{{t.planner_edit_plan}}</h1>
        \(PlannerTemplates.errorSummary)
        <form method="post" action="/plans/{{plan}}/edit" class="planner-form" id="plan-edit-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          \(PlannerTemplates.field("titleZh", "planner_title_zh", attributes: " required"))
          \(PlannerTemplates.field("titleEn", "planner_title_en"))
          \(PlannerTemplates.field("startYear", "planner_start_year", attributes: " inputmode=\"numeric\""))
          \(PlannerTemplates.field("endYear", "planner_end_year", attributes: " inputmode=\"numeric\""))
          \(actions)
        </form>
        """

    static let schemeEdit = """
        \(crumbs("{{t.planner_edit_scheme}}"))
        <h1 id="scheme-edit-title">{{t.planner_edit_scheme}}</h1>
        \(PlannerTemplates.errorSummary)
        <form method="post" action="/schemes/{{scheme}}/edit" class="planner-form" id="scheme-edit-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          \(PlannerTemplates.field("measure", "promo_measure", attributes: " inputmode=\"numeric\""))
          \(PlannerTemplates.field("titleZh", "planner_title_zh", attributes: " required"))
          \(PlannerTemplates.field("titleEn", "planner_title_en"))
          \(actions)
        </form>
        """

    /// A new task under a scheme, or a task changed (`action` says which).
    static let task = """
        \(crumbs("{{heading}}"))
        <h1 id="task-form-title">{{heading}}</h1>
        \(PlannerTemplates.errorSummary)
        <form method="post" action="{{action}}" class="planner-form" id="task-form" novalidate>
          <input type="hidden" name="csrf" value="{{csrf}}">
          \(PlannerTemplates.field("taskTitle", "planner_task", attributes: " required"))
          \(PlannerTemplates.field("taskTitleEn", "planner_title_en"))
          \(PlannerTemplates.field("leadUnit", "planner_lead_unit", attributes: " required"))
          \(PlannerTemplates.field("coUnits", "planner_co_units", attributes: " placeholder=\"、\""))
          \(PlannerTemplates.field("deadline", "planner_deadline", attributes: " placeholder=\"2026-12-31\""))
          \(PlannerTemplates.field("deliverable", "planner_deliverable", attributes: " required"))
          \(actions)
        </form>
        """
}
