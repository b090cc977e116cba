namespace ReformAnalytics.Dashboard.Pages;

/// <summary>Who tasks are grouped by on the group, unit and leader pages.</summary>
internal enum EntityKind
{
    Group,
    Unit,
    Leader,
}
