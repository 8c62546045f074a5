using System.IO.Compression;
using System.Numerics;
using static TorchSharp.torch;

namespace GanNotebooks.Metrics.StateDicts;

/// <summary>
/// Reads the tensors of a state dict written by torch.save, in the zip format (PyTorch 1.6 and
/// later) or the older legacy format (a sequence of pickles followed by raw storages).
/// </summary>
internal static class TorchFileReader
{
    private const long MaxPickleBytes = 64L << 20;
    private static readonly BigInteger LegacyMagic = BigInteger.Parse("119547037146038801333356");

    /// <summary>The named tensors of the file, in the order the file lists them.</summary>
    /// <exception cref="PickleException">The file is damaged or is not a state dict.</exception>
    public static List<(string Key, Tensor Value)> Read(string path)
    {
        var header = new byte[4];
        using (var probe = File.OpenRead(path))
        {
            probe.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        if (header[0] == (byte)'P' && header[1] == (byte)'K')
        {
            return ReadZip(path);
        }
        if (header[0] == 0x80)
        {
            return ReadLegacy(path);
        }
        throw new PickleException(
            "the file is neither a PyTorch zip archive nor a legacy pickle (first bytes "
            + $"{Convert.ToHexString(header)})");
    }

    private static List<(string, Tensor)> ReadZip(string path)
    {
        try
        {
            using var archive = ZipFile.OpenRead(path);
            var pickles = archive.Entries.Where(e => e.FullName.EndsWith("data.pkl")).ToList();
            if (pickles.Count != 1)
            {
                throw new PickleException(
                    $"expected one data.pkl in the archive, found {pickles.Count}");
            }
            var prefix = pickles[0].FullName[..^"data.pkl".Length];
            var bytes = ReadEntry(pickles[0], MaxPickleBytes);

            var storages = new Dictionary<string, StorageRef>();
            var (root, _) = PickleReader.Read(bytes, 0, id => ZipStorage(id, storages));

            var loaded = new Dictionary<string, Tensor>();
            foreach (var (key, storage) in storages)
            {
                var entry = archive.GetEntry(prefix + "data/" + key)
                    ?? throw new PickleException($"storage '{key}' is missing from the archive");
                long expected = storage.Count * StorageTypes.ElementSize(storage.StorageType);
                if (entry.Length != expected)
                {
                    throw new PickleException(
                        $"storage '{key}' should hold {expected} bytes, the archive has {entry.Length}");
                }
                loaded[key] = StorageTypes.ToTensor(storage.StorageType, ReadEntry(entry, expected));
            }
            return StateDictTensors.Collect(root, loaded);
        }
        catch (InvalidDataException e)
        {
            throw new PickleException($"the zip archive is damaged: {e.Message}");
        }
    }

    private static byte[] ReadEntry(ZipArchiveEntry entry, long limit)
    {
        if (entry.Length > limit)
        {
            throw new PickleException($"'{entry.FullName}' is {entry.Length} bytes, over {limit}");
        }
        var bytes = new byte[entry.Length];
        using var stream = entry.Open();
        int read = stream.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false);
        if (read != bytes.Length || stream.ReadByte() != -1)
        {
            throw new PickleException($"'{entry.FullName}' does not hold the length it declares");
        }
        return bytes;
    }

    private static StorageRef ZipStorage(object? id, Dictionary<string, StorageRef> storages)
    {
        if (id is not object?[] { Length: 5 } parts || parts[0] is not "storage"
            || parts[1] is not PickleGlobal type || parts[2] is not string key
            || parts[4] is not long count || count < 0 || StorageTypes.ElementSize(type.FullName) == 0)
        {
            throw new PickleException(
                "a persistent id is not a ('storage', type, key, location, size) tuple");
        }
        return Remember(storages, new StorageRef(type.FullName, key, count));
    }

    private static StorageRef Remember(Dictionary<string, StorageRef> storages, StorageRef storage)
    {
        if (storages.TryGetValue(storage.Key, out var known) && known != storage)
        {
            throw new PickleException($"storage '{storage.Key}' is declared twice, differently");
        }
        storages[storage.Key] = storage;
        return storage;
    }

    private static List<(string, Tensor)> ReadLegacy(string path)
    {
        var info = new FileInfo(path);
        if (info.Length > int.MaxValue)
        {
            throw new PickleException($"a legacy file of {info.Length} bytes is over 2 GB");
        }
        var bytes = File.ReadAllBytes(path);
        var noStorage = new Func<object?, object>(
            _ => throw new PickleException("a header pickle refers to a storage"));

        var (magic, end) = PickleReader.Read(bytes, 0, noStorage);
        if (magic is not BigInteger number || number != LegacyMagic)
        {
            throw new PickleException("the legacy file does not start with PyTorch's magic number");
        }
        (_, end) = PickleReader.Read(bytes, end, noStorage);
        (var sysInfo, end) = PickleReader.Read(bytes, end, noStorage);
        if (sysInfo is PickleDict dict && dict.TryGet("little_endian", out var little)
            && little is false)
        {
            throw new PickleException("the legacy file was written on a big-endian machine");
        }

        var storages = new Dictionary<string, StorageRef>();
        (var root, end) = PickleReader.Read(bytes, end, id => LegacyStorage(id, storages));
        (var keyList, end) = PickleReader.Read(bytes, end, noStorage);
        if (keyList is not List<object?> keys || keys.Any(k => k is not string))
        {
            throw new PickleException("the legacy file's storage key list is not a list of strings");
        }

        var loaded = new Dictionary<string, Tensor>();
        foreach (string key in keys.Cast<string>())
        {
            var storage = storages.TryGetValue(key, out var s) ? s
                : throw new PickleException($"storage '{key}' is listed but never used");
            end = ReadLegacyStorage(bytes, end, storage, loaded);
        }
        return StateDictTensors.Collect(root, loaded);
    }

    private static StorageRef LegacyStorage(object? id, Dictionary<string, StorageRef> storages)
    {
        if (id is not object?[] { Length: 6 } parts || parts[0] is not "storage"
            || parts[1] is not PickleGlobal type || parts[2] is not string key
            || parts[4] is not long count || count < 0 || StorageTypes.ElementSize(type.FullName) == 0)
        {
            throw new PickleException("a persistent id is not a legacy ('storage', ...) tuple");
        }
        if (parts[5] is not null)
        {
            throw new PickleException("storage views (files from PyTorch before 0.4) are not supported");
        }
        return Remember(storages, new StorageRef(type.FullName, key, count));
    }

    private static int ReadLegacyStorage(
        byte[] bytes, int start, StorageRef storage, Dictionary<string, Tensor> loaded)
    {
        int size = StorageTypes.ElementSize(storage.StorageType);
        if (bytes.Length - start < 8)
        {
            throw new PickleException($"the file ends before storage '{storage.Key}' (truncated?)");
        }
        long count = BitConverter.ToInt64(bytes, start);
        if (count != storage.Count || count > (bytes.Length - start - 8) / size)
        {
            throw new PickleException(
                $"storage '{storage.Key}' should hold {storage.Count} elements; the file has "
                + $"{count} announced and {(bytes.Length - start - 8) / size} left (truncated?)");
        }
        int length = (int)(count * size);
        loaded[storage.Key] = StorageTypes.ToTensor(
            storage.StorageType, bytes.AsSpan(start + 8, length).ToArray());
        return start + 8 + length;
    }
}
