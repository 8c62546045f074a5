namespace GanNotebooks.Data;

/// <summary>
/// Fashion-MNIST as shipped in the repository's <c>data/fashion-mnist</c>: where to find it,
/// the SHA-256 of its four files, and the names of its ten classes.
/// </summary>
public static class FashionMnist
{
    /// <summary>
    /// The environment variable that overrides the search for the data: a folder holding
    /// <c>fashion-mnist/</c>, or the <c>fashion-mnist</c> folder itself.
    /// </summary>
    public const string EnvironmentVariable = "GAN_NOTEBOOKS_DATA";

    /// <summary>The folder, relative to the repository root, holding the shipped files.</summary>
    public static readonly string RelativeFolder = Path.Combine("data", FolderName);

    private const string FolderName = "fashion-mnist";

    /// <summary>The class names, indexed by label: "T-shirt/top" is 0, "Ankle boot" is 9.</summary>
    public static IReadOnlyList<string> ClassNames { get; } = Array.AsReadOnly(
    [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ]);

    /// <summary>
    /// The lower-case hex SHA-256 of each shipped file, keyed by file name, as measured with
    /// <c>sha256sum</c> and listed in <c>data/README.md</c>.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Sha256 { get; } =
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["train-images-idx3-ubyte.gz"] =
                "b0564c3eedabfbf835052cff8503ea422014ce006caf5b757f851416ee8300c7",
            ["train-labels-idx1-ubyte.gz"] =
                "0ae29f65d86684f32d1b9c85147786c547b9c6aebcaf235f0400a0cce308b056",
            ["t10k-images-idx3-ubyte.gz"] =
                "cc1d090a38ace84dfa1aa66e3ada7c336ef481a96936906477e6dd344da56eaa",
            ["t10k-labels-idx1-ubyte.gz"] =
                "8d3605d196f4be44669e46906da9733c8131fef761fdbfec72c424d5222f1a05",
        }.AsReadOnly();

    /// <summary>
    /// The Fashion-MNIST folder: <see cref="EnvironmentVariable"/> when set, else the first
    /// <c>data/fashion-mnist</c> found walking up from the current directory, then from
    /// <see cref="AppContext.BaseDirectory"/>. Searched afresh on each read.
    /// </summary>
    /// <exception cref="DataFileException">No such folder was found; the message says where
    /// the search looked.</exception>
    public static string DefaultFolder => LocateFolder(
        Environment.GetEnvironmentVariable(EnvironmentVariable),
        [Directory.GetCurrentDirectory(), AppContext.BaseDirectory]);

    /// <summary>
    /// Loads one split of Fashion-MNIST after checking each file against <see cref="Sha256"/>.
    /// </summary>
    /// <param name="split">Which split to load.</param>
    /// <param name="folder">The folder to read; <see cref="DefaultFolder"/> when null.</param>
    /// <returns>The images and labels; the caller disposes them.</returns>
    /// <exception cref="DataFileException">
    /// The folder or a file is missing, a file fails its checksum or is corrupt.
    /// </exception>
    public static ImageDataset Load(DatasetSplit split, string? folder = null) =>
        ImageDataset.Load(folder ?? DefaultFolder, split, Sha256);

    /// <summary>
    /// The search behind <see cref="DefaultFolder"/>, with its inputs passed in so that hosts
    /// and tests can search from other places.
    /// </summary>
    /// <param name="overrideFolder">
    /// The value of <see cref="EnvironmentVariable"/>, or null or blank when unset. When set it
    /// wins: its <c>fashion-mnist</c> subfolder if that exists, else the folder itself.
    /// </param>
    /// <param name="startDirectories">Where the upward walks start, in order.</param>
    /// <returns>The full path of the folder found.</returns>
    /// <exception cref="DataFileException">No folder was found.</exception>
    public static string LocateFolder(
        string? overrideFolder, IEnumerable<string> startDirectories)
    {
        ArgumentNullException.ThrowIfNull(startDirectories);
        if (!string.IsNullOrWhiteSpace(overrideFolder))
        {
            return LocateOverride(overrideFolder);
        }

        List<string> starts = [.. startDirectories.Select(Path.GetFullPath).Distinct()];
        foreach (string start in starts)
        {
            for (DirectoryInfo? directory = new(start); directory is not null;
                directory = directory.Parent)
            {
                string candidate = Path.Combine(directory.FullName, RelativeFolder);
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DataFileException(RelativeFolder,
            $"Fashion-MNIST folder not found: expected '{RelativeFolder}' in one of the folders "
            + $"from {string.Join(" or ", starts.Select(s => $"'{s}'"))} up to the file system "
            + $"root, found none. Run from inside the repository, or set {EnvironmentVariable} "
            + "to the folder holding fashion-mnist/. " + IdxFileNames.HowToGetData);
    }

    private static string LocateOverride(string overrideFolder)
    {
        string root = Path.GetFullPath(overrideFolder);
        string nested = Path.Combine(root, FolderName);
        if (Directory.Exists(nested))
        {
            return nested;
        }

        if (Directory.Exists(root))
        {
            return root;
        }

        throw new DataFileException(root,
            $"{EnvironmentVariable} is '{overrideFolder}': expected a folder holding "
            + $"{FolderName}/ or the four IDX files, found no folder at '{root}'. Fix or unset "
            + $"it to search for '{RelativeFolder}' from the current directory.");
    }
}
