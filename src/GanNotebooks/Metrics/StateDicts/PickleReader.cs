using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace GanNotebooks.Metrics.StateDicts;

/// <summary>
/// A restricted unpickler for PyTorch state dicts. It interprets only the opcodes a state dict
/// needs and resolves only a fixed list of globals to inert values, so nothing in the file is
/// ever imported or executed. Any other opcode or global is an error naming its byte position.
/// </summary>
/// <remarks>
/// Every opcode consumes at least one byte and no opcode copies a container, so reading takes
/// time and memory linear in the pickle's length, whatever its content.
/// </remarks>
internal sealed partial class PickleReader
{
    private static readonly HashSet<string> AllowedGlobals =
    [
        "collections.OrderedDict",
        "torch._utils._rebuild_tensor_v2",
        "torch._utils._rebuild_parameter",
        "torch.FloatStorage",
        "torch.DoubleStorage",
        "torch.HalfStorage",
        "torch.BFloat16Storage",
        "torch.LongStorage",
        "torch.IntStorage",
        "torch.ShortStorage",
        "torch.CharStorage",
        "torch.ByteStorage",
        "torch.BoolStorage",
    ];

    private static readonly object Mark = new();

    private readonly byte[] data;
    private readonly Func<object?, object> persistentLoad;
    private readonly List<object?> stack = [];
    private readonly Stack<int> marks = new();
    private readonly Dictionary<long, object?> memo = [];
    private int position;
    private int opcodeStart;

    private PickleReader(byte[] data, int start, Func<object?, object> persistentLoad)
    {
        this.data = data;
        position = start;
        this.persistentLoad = persistentLoad;
    }

    /// <summary>Reads one pickle starting at <paramref name="start"/>.</summary>
    /// <param name="data">The bytes holding the pickle.</param>
    /// <param name="start">Offset of the pickle's first byte.</param>
    /// <param name="persistentLoad">
    /// Turns a persistent id (PyTorch's storage tuples) into a value.
    /// </param>
    /// <returns>The value and the offset just past the STOP opcode.</returns>
    /// <exception cref="PickleException">The pickle is truncated, malformed or not allowed.</exception>
    public static (object? Value, int End) Read(
        byte[] data, int start, Func<object?, object> persistentLoad)
    {
        var reader = new PickleReader(data, start, persistentLoad);
        var value = reader.Run();
        return (value, reader.position);
    }

    private object? Run()
    {
        while (true)
        {
            opcodeStart = position;
            byte opcode = ReadByte();
            switch (opcode)
            {
                case 0x80: ReadByte(); break; // PROTO n
                case 0x95: ReadBytes(8); break; // FRAME: only a length hint
                case (byte)'.': return Finish();
                case (byte)'(': marks.Push(stack.Count); stack.Add(Mark); break;
                case (byte)'}': stack.Add(new PickleDict()); break;
                case (byte)']': stack.Add(new List<object?>()); break;
                case (byte)')': stack.Add(Array.Empty<object?>()); break;
                case (byte)'N': stack.Add(null); break;
                case 0x88: stack.Add(true); break;
                case 0x89: stack.Add(false); break;
                case (byte)'K': stack.Add((long)ReadByte()); break;
                case (byte)'M': stack.Add((long)ReadUInt(2)); break;
                case (byte)'J': stack.Add((long)(int)ReadUInt(4)); break;
                case 0x8a: stack.Add(ReadLong1()); break;
                case (byte)'G': stack.Add(BinaryPrimitives.ReadDoubleBigEndian(ReadBytes(8))); break;
                case (byte)'X': stack.Add(ReadText(ReadLength(4))); break;
                case 0x8c: stack.Add(ReadText(ReadByte())); break;
                case (byte)'U': stack.Add(Encoding.Latin1.GetString(ReadBytes(ReadByte()))); break;
                case (byte)'T': stack.Add(Encoding.Latin1.GetString(ReadBytes(ReadLength(4)))); break;
                case (byte)'C': stack.Add(ReadBytes(ReadByte())); break;
                case (byte)'B': stack.Add(ReadBytes(ReadLength(4))); break;
                case (byte)'q': memo[ReadByte()] = Peek(); break;
                case (byte)'r': memo[ReadLength(4)] = Peek(); break;
                case 0x94: memo[memo.Count] = Peek(); break;
                case (byte)'h': stack.Add(Recall(ReadByte())); break;
                case (byte)'j': stack.Add(Recall(ReadLength(4))); break;
                case (byte)'t': stack.Add(PopToMark()); break;
                case 0x85: stack.Add(PopTuple(1)); break;
                case 0x86: stack.Add(PopTuple(2)); break;
                case 0x87: stack.Add(PopTuple(3)); break;
                case (byte)'a': { var item = Pop(); PeekList().Add(item); break; }
                case (byte)'e': { var items = PopToMark(); PeekList().AddRange(items); break; }
                case (byte)'s': { var pair = PopTuple(2); SetItem(PeekDict(), pair[0], pair[1]); break; }
                case (byte)'u': SetItems(); break;
                case (byte)'c': stack.Add(Global(ReadLine(), ReadLine())); break;
                case 0x93: { var names = PopTuple(2); stack.Add(Global(names[0], names[1])); break; }
                case (byte)'R': { var call = PopTuple(2); stack.Add(Reduce(call[0], call[1])); break; }
                case (byte)'b': Build(); break;
                case (byte)'Q': stack.Add(persistentLoad(Pop())); break;
                default:
                    throw Fail($"opcode 0x{opcode:x2} is not one a state dict needs");
            }
        }
    }

    private object? Finish()
    {
        if (stack.Count != 1 || marks.Count != 0)
        {
            throw Fail($"expected one value on the stack at STOP, found {stack.Count}");
        }
        return stack[0];
    }

    private object? Pop()
    {
        if (stack.Count == 0 || (marks.Count > 0 && marks.Peek() == stack.Count - 1))
        {
            throw Fail("an opcode needs a value but the stack is empty");
        }
        var value = stack[^1];
        stack.RemoveAt(stack.Count - 1);
        return value;
    }

    /// <summary>Pops <paramref name="count"/> values, returned in the order they were pushed.</summary>
    private object?[] PopTuple(int count)
    {
        var items = new object?[count];
        for (int i = count - 1; i >= 0; i--)
        {
            items[i] = Pop();
        }
        return items;
    }

    private object? Peek()
    {
        if (stack.Count == 0)
        {
            throw Fail("memo store with an empty stack");
        }
        return stack[^1];
    }

    private object? Recall(long index) =>
        memo.TryGetValue(index, out var value)
            ? value
            : throw Fail($"memo entry {index} was never stored");

    private object?[] PopToMark()
    {
        if (marks.Count == 0)
        {
            throw Fail("an opcode needs a MARK but none is open");
        }
        int mark = marks.Pop();
        var items = stack.GetRange(mark + 1, stack.Count - mark - 1).ToArray();
        stack.RemoveRange(mark, stack.Count - mark);
        return items;
    }

    private List<object?> PeekList() =>
        Peek() as List<object?> ?? throw Fail("APPEND on something that is not a list");

    private PickleDict PeekDict() =>
        Peek() as PickleDict ?? throw Fail("SETITEM on something that is not a dict");

    private void SetItems()
    {
        var items = PopToMark();
        if (items.Length % 2 != 0)
        {
            throw Fail("SETITEMS with an odd number of values");
        }
        var dict = PeekDict();
        for (int i = 0; i < items.Length; i += 2)
        {
            SetItem(dict, items[i], items[i + 1]);
        }
    }

    private void SetItem(PickleDict dict, object? key, object? value)
    {
        if (key is not (string or long or bool or BigInteger or double))
        {
            throw Fail($"a dict key is a {Describe(key)}, expected a string or number");
        }
        dict.Set(key, value);
    }

    private PickleGlobal Global(object? module, object? name)
    {
        if (module is not string moduleName || name is not string globalName)
        {
            throw Fail("STACK_GLOBAL needs two strings");
        }
        var global = new PickleGlobal(moduleName, globalName);
        if (!AllowedGlobals.Contains(global.FullName))
        {
            throw Fail($"global '{global.FullName}' is not allowed in a state dict; nothing was run");
        }
        return global;
    }

    private object Reduce(object? callable, object? args)
    {
        if (callable is not PickleGlobal global || args is not object?[] arguments)
        {
            throw Fail("REDUCE needs an allowed global and a tuple of arguments");
        }
        return global.FullName switch
        {
            "collections.OrderedDict" when arguments.Length == 0 => new PickleDict(),
            "torch._utils._rebuild_tensor_v2" => RebuildTensor(arguments),
            "torch._utils._rebuild_parameter" when arguments.Length >= 1
                && arguments[0] is TensorRef tensor => tensor,
            _ => throw Fail($"'{global.FullName}' cannot be called with {arguments.Length} arguments"),
        };
    }

    private TensorRef RebuildTensor(object?[] arguments)
    {
        if (arguments.Length < 4 || arguments[0] is not StorageRef storage
            || arguments[1] is not long offset)
        {
            throw Fail("_rebuild_tensor_v2 needs (storage, offset, size, stride, ...)");
        }
        var size = Longs(arguments[2], "size");
        return new TensorRef(storage, offset, size, Longs(arguments[3], "stride"));
    }

    private long[] Longs(object? value, string what)
    {
        if (value is not object?[] items || items.Length > 8 || items.Any(item => item is not long))
        {
            throw Fail($"a tensor's {what} is not a tuple of at most 8 integers");
        }
        return items.Select(item => (long)item!).ToArray();
    }

    private void Build()
    {
        var state = Pop();
        var target = Peek();

        // OrderedDict carries the module's _metadata (versions of each layer) as its state.
        if (target is not PickleDict || state is not (PickleDict or null or object?[]))
        {
            throw Fail($"BUILD on a {Describe(target)} is not allowed");
        }
    }

    private PickleException Fail(string problem) =>
        new($"{problem} (pickle opcode at byte {opcodeStart})");

    internal static string Describe(object? value) => value switch
    {
        null => "None",
        PickleGlobal global => global.FullName,
        _ => value.GetType().Name,
    };
}
