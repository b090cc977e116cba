namespace ReformAnalytics.Dashboard.Pages;

/// <summary>How an <see cref="EntityKind"/> is named, addressed and found in the views.</summary>
internal sealed record EntityInfo(EntityKind Kind, string Path, string Noun, string ListTitle, string Dimension, string TaskColumn)
{
    public static EntityInfo Of(EntityKind kind) => kind switch
    {
        EntityKind.Group => new(kind, "/groups", "专项小组", "专项小组", "group", "special_group"),
        EntityKind.Unit => new(kind, "/units", "牵头单位", "牵头单位", "unit", "lead_unit"),
        _ => new(kind, "/leaders", "责任领导", "责任领导", "leader", "leader"),
    };
}
