namespace ReformAnalytics.Sample.Simulation;

/// <summary>The bad cells a county plants: an unreadable deadline (待定), an unreadable figure (见附件), an unknown status (基本完成).</summary>
internal enum BadCellKind
{
    Deadline,
    Figure,
    Status,
}
