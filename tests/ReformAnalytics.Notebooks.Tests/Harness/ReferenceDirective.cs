namespace ReformAnalytics.Notebooks.Tests.Harness;

/// <summary>
/// A <c>#r</c> line of a cell: <c>#r "nuget: Id, Version"</c> (<see cref="PackageId"/> and <see cref="Version"/> set)
/// or <c>#r "relative/or/absolute/path.dll"</c> (<see cref="Path"/> set). <see cref="Line"/> counts from 1 within the cell.
/// </summary>
internal readonly record struct ReferenceDirective(string? PackageId, string? Version, string? Path, int Line)
{
    public bool IsPackage => PackageId is not null;

    public override string ToString() => IsPackage ? $"#r \"nuget: {PackageId}, {Version}\"" : $"#r \"{Path}\"";
}
