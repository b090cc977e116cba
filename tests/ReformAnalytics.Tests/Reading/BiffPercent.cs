namespace ReformAnalytics.Tests.Reading;

/// <summary>A percent cell for <see cref="BiffWorkbookWriter"/>: the stored fraction, shown with format 0%.</summary>
internal readonly record struct BiffPercent(double Fraction);
