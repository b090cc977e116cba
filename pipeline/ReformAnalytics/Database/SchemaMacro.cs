namespace ReformAnalytics.Database;

/// <summary>
/// One row of the macro table in docs/schema.md: the macro's name, its parameters as written
/// (<c>task_label(task_heading, task_name)</c>) and its Chinese label.
/// </summary>
public sealed record SchemaMacro(string Name, IReadOnlyList<string> Parameters, string Label);
