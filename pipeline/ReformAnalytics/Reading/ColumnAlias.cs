namespace ReformAnalytics.Reading;

/// <summary>
/// One header text seen in real ledgers and the column it names. <paramref name="IsResponsibilityUnit"/> marks
/// 责任单位 and 责任部门, whose meaning depends on the other headers of the table (see <see cref="ColumnAliases"/>).
/// <paramref name="SecondChoice"/> marks a header that names its column only when no other header of the table does
/// (时间节点 beside 完成时限 lists the milestones; 完成情况 beside 状态 is the narrative), and
/// <paramref name="Otherwise"/> the column it names then, if any and if no other header names that one.
/// </summary>
public readonly record struct ColumnAlias(string Header, CanonicalColumn Column, bool IsResponsibilityUnit = false, bool SecondChoice = false, CanonicalColumn? Otherwise = null);
