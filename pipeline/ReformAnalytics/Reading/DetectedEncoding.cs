using System.Text;

namespace ReformAnalytics.Reading;

/// <summary>The encoding a text file was found to be in, how many bytes of byte-order mark to skip, and its display name.</summary>
internal sealed record DetectedEncoding(Encoding Encoding, int PreambleLength, string Name);
