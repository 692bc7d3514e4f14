/// Names of frameworks and projects, and titles of plans, schemes and tasks, in languages beyond the two columns
/// each row has (name_zh, name_en; title_zh, title_en), as
/// migration 9 gave regions: a JSON object keyed by language tag (`{"ug": "..."}`), NULL when there are none.
/// Indicators, framework groups and goals, and policy measures live inside the framework's and the policy's JSON
/// body, whose `names` and `titles` maps carry every language without a column.
enum Migration010LocalizedNames {
    static let migration = Migration(version: 10, description: "framework, project, plan, scheme and task names in more languages") { _ in
        [
            "ALTER TABLE frameworks ADD COLUMN names TEXT",
            "ALTER TABLE projects ADD COLUMN names TEXT",
            "ALTER TABLE plans ADD COLUMN titles TEXT",
            "ALTER TABLE schemes ADD COLUMN titles TEXT",
            "ALTER TABLE tasks ADD COLUMN titles TEXT",
        ]
    }
}
