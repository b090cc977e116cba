namespace ReformAnalytics.Model;

/// <summary>
/// A task's name as a list shows it: a sub-task with the heading it is listed under (task_heading, 上级任务) before its
/// own name, <c>深化国资国企改革 › 制定实施方案</c>, since several units may each have a bare <c>制定实施方案</c>; a task
/// under no heading by its name alone. Only what is shown: the task's identity and task_name are unchanged.
/// </summary>
public static class TaskLabel
{
    /// <summary>Between the heading and the sub-task's name.</summary>
    public const string Separator = " › ";

    /// <summary><c>深化国资国企改革 › 制定实施方案</c>, or the name alone when there is no heading.</summary>
    public static string Of(string? heading, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return string.IsNullOrWhiteSpace(heading) ? name : heading.Trim() + Separator + name;
    }
}
