namespace ReformAnalytics.Reading;

/// <summary>
/// One header text seen in real ledgers and the column it names. <paramref name="IsResponsibilityUnit"/> marks
/// 责任单位 and 责任部门, whose meaning depends on the other headers of the table (see <see cref="ColumnAliases"/>).
/// </summary>
public readonly record struct ColumnAlias(string Header, CanonicalColumn Column, bool IsResponsibilityUnit = false);
