using GanNotebooks.Runtime;

namespace GanNotebooks.Tests.Runtime;

public sealed class NativeAllocatorTests
{
    [Fact]
    public void Glibc_takes_the_raised_thresholds_on_linux()
    {
        bool applied = NativeAllocator.KeepLargeBlocks();

        Assert.Equal(OperatingSystem.IsLinux(), applied);
        Assert.Equal(applied, NativeAllocator.KeepLargeBlocks());
    }
}
