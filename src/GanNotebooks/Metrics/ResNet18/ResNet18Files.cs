using System.Reflection;
using GanNotebooks.Data;

namespace GanNotebooks.Metrics.ResNet18;

/// <summary>
/// Where the ONNX files of the NuGet package Microsoft.ML.DnnImageFeaturizer.ResNet18 0.24.0
/// lie: the ImageNet-trained network and its preprocessing graph.
/// </summary>
/// <param name="ModelPath">ResNet18.onnx: input Input247 [1, 3, 224, 224], output
/// Pooling395_Output_0 [1, 512, 1, 1].</param>
/// <param name="PreprocessPath">ResNetPreprocess.onnx: RGB in [0, 255] to mean-subtracted BGR.</param>
public sealed record ResNet18Files(string ModelPath, string PreprocessPath)
{
    /// <summary>The package that holds the files.</summary>
    public const string PackageId = "Microsoft.ML.DnnImageFeaturizer.ResNet18";

    /// <summary>The package version the library was built and tested with.</summary>
    public const string PackageVersion = "0.24.0";

    /// <summary>
    /// Finds the files: in <paramref name="folder"/> when given (the package folder or its
    /// tools/DnnImageModels folder), otherwise in the NuGet package folder recorded at build
    /// time, then under NUGET_PACKAGES, then under ~/.nuget/packages.
    /// </summary>
    /// <param name="folder">A folder to look in instead of the NuGet caches.</param>
    /// <returns>The two paths, both existing.</returns>
    /// <exception cref="DataFileException">No candidate folder holds both files; the
    /// message lists every folder searched.</exception>
    public static ResNet18Files Find(string? folder = null)
    {
        var candidates = folder is not null ? [folder] : PackageFolders().ToList();
        foreach (var candidate in candidates)
        {
            var toolsFolder = Path.Combine(candidate, "tools", "DnnImageModels");
            foreach (var models in new[] { toolsFolder, candidate })
            {
                var files = new ResNet18Files(
                    Path.Combine(models, "ResNet18Onnx", "ResNet18.onnx"),
                    Path.Combine(models, "ResNetPrepOnnx", "ResNetPreprocess.onnx"));
                if (File.Exists(files.ModelPath) && File.Exists(files.PreprocessPath))
                {
                    return files;
                }
            }
        }

        var searched = string.Join("; ", candidates);
        throw new DataFileException(
            candidates.FirstOrDefault() ?? PackageId,
            $"ResNet18.onnx and ResNetPreprocess.onnx of {PackageId} {PackageVersion} were not "
            + $"found (searched: {searched}). Run 'dotnet restore' on the solution, which "
            + "downloads the package, or pass the folder that holds it.");
    }

    private static IEnumerable<string> PackageFolders()
    {
        var recorded = typeof(ResNet18Files).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "ResNet18PackageFolder")?.Value;
        if (!string.IsNullOrEmpty(recorded))
        {
            yield return recorded;
        }

        var packageId = PackageId.ToLowerInvariant();
        var nugetPackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        if (!string.IsNullOrEmpty(nugetPackages))
        {
            yield return Path.Combine(nugetPackages, packageId, PackageVersion);
        }
        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        yield return Path.Combine(home, ".nuget", "packages", packageId, PackageVersion);
    }
}
