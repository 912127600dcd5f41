namespace Cake.Tollgate
{
    /// <summary>Cake aliases for Tollgate: train, gate, package and promote ML models.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}

namespace Cake.Tollgate.Runner
{
    /// <summary>Settings, CLI resolution (#tool, tool manifest, PATH) and the process runner behind the Tollgate aliases.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}

namespace Cake.Tollgate.Pipeline
{
    /// <summary>Typed results of train, validate, pack and promote.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}

namespace Cake.Tollgate.Environments
{
    /// <summary>Typed results of status, history, approvals, retirement and the ledger check.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}

namespace Cake.Tollgate.Packaging
{
    /// <summary>Typed results of push, fetch and tag.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}

namespace Cake.Tollgate.Statistics
{
    /// <summary>Typed results of drift and parity checks.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}

namespace Cake.Tollgate.Configuration
{
    /// <summary>What tollgate.yml declares (environments in promotion order), read through the CLI.</summary>
    [System.Runtime.CompilerServices.CompilerGenerated]
    internal class NamespaceDoc
    {
    }
}
