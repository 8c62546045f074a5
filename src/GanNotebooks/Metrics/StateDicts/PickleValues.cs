namespace GanNotebooks.Metrics.StateDicts;

/// <summary>A class or function named by a pickle's GLOBAL opcode; never imported or called.</summary>
internal sealed record PickleGlobal(string Module, string Name)
{
    public string FullName => $"{Module}.{Name}";
}

/// <summary>A storage that a tensor views: its element type, key in the file and length.</summary>
internal sealed record StorageRef(string StorageType, string Key, long Count);

/// <summary>A tensor as a state dict pickles it: a strided view of one storage.</summary>
internal sealed record TensorRef(StorageRef Storage, long Offset, long[] Size, long[] Stride);

/// <summary>A pickled dictionary, keeping the order in which its entries were set.</summary>
internal sealed class PickleDict
{
    private readonly Dictionary<object, object?> entries = [];
    private readonly List<object> order = [];

    public IEnumerable<KeyValuePair<object, object?>> Entries =>
        order.Select(key => new KeyValuePair<object, object?>(key, entries[key]));

    public int Count => order.Count;

    public bool TryGet(object key, out object? value) => entries.TryGetValue(key, out value);

    public void Set(object key, object? value)
    {
        if (!entries.ContainsKey(key))
        {
            order.Add(key);
        }
        entries[key] = value;
    }
}
