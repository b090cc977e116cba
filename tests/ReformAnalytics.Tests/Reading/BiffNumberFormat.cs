namespace ReformAnalytics.Tests.Reading;

/// <summary>A number for <see cref="BiffWorkbookWriter"/> in a cell whose format is the built-in id <paramref name="FormatId"/> (31: 2024年6月30日 in Chinese Excel), with no FORMAT record.</summary>
internal readonly record struct BiffNumberFormat(double Number, ushort FormatId);
