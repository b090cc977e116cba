namespace ReformAnalytics.Normalising;

/// <summary>A status phrase that could not be mapped, how often it was met, and where first.</summary>
public sealed record UnknownStatusPhrase(string Phrase, int Count, string FirstFile, string FirstSheet, int FirstRow);
