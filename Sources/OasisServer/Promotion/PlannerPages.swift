/// The planners' page templates by name, registered with the others by `PageRenderer`.
enum PlannerPages {
    static let templates: [String: String] = [
        "project-form": PlannerTemplates.projectForm, "plans": PlannerTemplates.plans, "plan": PlannerTemplates.plan,
        "plan-edit": PlannerEditTemplates.planEdit, "scheme-edit": PlannerEditTemplates.schemeEdit, "task-form": PlannerEditTemplates.task,
    ]
}
