using ReformAnalytics.Reading;

namespace ReformAnalytics.Sample.Export;

/// <summary>
/// A column of a sheet layout: which canonical column it carries (null for the 备注 remark column), its header
/// as written, the band above it in a two-row header (责任分工 over 牵头单位 | 责任单位), whether it is hidden,
/// and its width.
/// </summary>
internal sealed record LayoutColumn(CanonicalColumn? Column, string Header, string? Band = null, bool Hidden = false, double Width = 12);
