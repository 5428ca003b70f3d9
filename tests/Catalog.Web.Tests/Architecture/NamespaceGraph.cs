using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace Catalog.Web.Tests.Architecture;

/// <summary>Which namespace of the app uses which, read from the built assemblies' metadata and IL with
/// System.Reflection.Metadata: a type's base type, interfaces, attributes, fields, method signatures, locals and every
/// type, method or field its method bodies name. Razor components count, being compiled classes. A nested type (a
/// closure, a component's render fragment) counts as its outermost type's namespace.</summary>
internal static class NamespaceGraph
{
    private const string AppPrefix = "Catalog.";

    private static readonly Dictionary<short, OperandType> s_operands = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value, o => o.OperandType);

    /// <summary>Every edge from one namespace of the app to another, with one member that makes it, for messages.</summary>
    public static Dictionary<(string From, string To), string> Edges(IEnumerable<Assembly> assemblies)
    {
        var edges = new Dictionary<(string, string), string>();
        foreach (var assembly in assemblies)
        {
            using var pe = new PEReader(File.OpenRead(assembly.Location));
            var reader = pe.GetMetadataReader();
            var signatures = new SignatureNamespaces(reader);
            foreach (var handle in reader.TypeDefinitions)
            {
                var from = NamespaceOf(reader, handle);
                if (!from.StartsWith(AppPrefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var type = reader.GetTypeDefinition(handle);
                var name = reader.GetString(type.Name);
                foreach (var (to, member) in Uses(reader, pe, signatures, type))
                {
                    if (to != from && to.StartsWith(AppPrefix, StringComparison.Ordinal))
                    {
                        edges.TryAdd((from, to), $"{name}.{member}");
                    }
                }
            }
        }

        return edges;
    }

    public static string NamespaceOf(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        while (type.GetDeclaringType() is { IsNil: false } outer)
        {
            type = reader.GetTypeDefinition(outer);
        }

        return reader.GetString(type.Namespace);
    }

    public static string NamespaceOf(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        while (type.ResolutionScope.Kind == HandleKind.TypeReference)
        {
            type = reader.GetTypeReference((TypeReferenceHandle)type.ResolutionScope);
        }

        return reader.GetString(type.Namespace);
    }

    private static IEnumerable<(string Namespace, string Member)> Uses(MetadataReader reader, PEReader pe, SignatureNamespaces signatures, TypeDefinition type)
    {
        foreach (var ns in Namespaces(reader, signatures, type.BaseType))
        {
            yield return (ns, "base type");
        }

        foreach (var implemented in type.GetInterfaceImplementations())
        {
            foreach (var ns in Namespaces(reader, signatures, reader.GetInterfaceImplementation(implemented).Interface))
            {
                yield return (ns, "interface");
            }
        }

        foreach (var attribute in type.GetCustomAttributes())
        {
            foreach (var ns in Namespaces(reader, signatures, reader.GetCustomAttribute(attribute).Constructor))
            {
                yield return (ns, "attribute");
            }
        }

        foreach (var fieldHandle in type.GetFields())
        {
            var field = reader.GetFieldDefinition(fieldHandle);
            foreach (var ns in field.DecodeSignature(signatures, null))
            {
                yield return (ns, reader.GetString(field.Name));
            }
        }

        foreach (var methodHandle in type.GetMethods())
        {
            var method = reader.GetMethodDefinition(methodHandle);
            var name = reader.GetString(method.Name);
            var signature = method.DecodeSignature(signatures, null);
            foreach (var ns in signature.ReturnType.Concat(signature.ParameterTypes.SelectMany(p => p)))
            {
                yield return (ns, name);
            }

            if (method.RelativeVirtualAddress == 0)
            {
                continue;
            }

            var body = pe.GetMethodBody(method.RelativeVirtualAddress);
            if (!body.LocalSignature.IsNil)
            {
                foreach (var ns in reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(signatures, null).SelectMany(l => l))
                {
                    yield return (ns, name);
                }
            }

            foreach (var token in Tokens(body.GetILReader()))
            {
                foreach (var ns in Namespaces(reader, signatures, token))
                {
                    yield return (ns, name);
                }
            }
        }

        foreach (var nestedHandle in type.GetNestedTypes())
        {
            foreach (var use in Uses(reader, pe, signatures, reader.GetTypeDefinition(nestedHandle)))
            {
                yield return use;
            }
        }
    }

    /// <summary>The metadata tokens an IL body names: the operands of the instructions that take a type, method, field
    /// or token.</summary>
    private static List<EntityHandle> Tokens(BlobReader il)
    {
        var tokens = new List<EntityHandle>();
        while (il.RemainingBytes > 0)
        {
            short code = il.ReadByte();
            if (code == 0xFE)
            {
                code = (short)(0xFE00 | il.ReadByte());
            }

            if (!s_operands.TryGetValue(code, out var operand))
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"An IL body holds {code:X}, which is no opcode, at {il.Offset}."));
            }

            switch (operand)
            {
                case OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType:
                    tokens.Add(MetadataTokens.EntityHandle(il.ReadInt32()));
                    break;
                case OperandType.InlineNone:
                    break;
                case OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar:
                    il.Offset += 1;
                    break;
                case OperandType.InlineVar:
                    il.Offset += 2;
                    break;
                case OperandType.InlineI8 or OperandType.InlineR:
                    il.Offset += 8;
                    break;
                case OperandType.InlineSwitch:
                    var targets = il.ReadInt32();
                    il.Offset += 4 * targets;
                    break;
                default:
                    il.Offset += 4;
                    break;
            }
        }

        return tokens;
    }

    private static IEnumerable<string> Namespaces(MetadataReader reader, SignatureNamespaces signatures, EntityHandle handle)
    {
        if (handle.IsNil)
        {
            return [];
        }

        switch (handle.Kind)
        {
            case HandleKind.TypeDefinition:
                return [NamespaceOf(reader, (TypeDefinitionHandle)handle)];
            case HandleKind.TypeReference:
                return [NamespaceOf(reader, (TypeReferenceHandle)handle)];
            case HandleKind.TypeSpecification:
                return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(signatures, null);
            case HandleKind.MethodDefinition:
                return [NamespaceOf(reader, reader.GetMethodDefinition((MethodDefinitionHandle)handle).GetDeclaringType())];
            case HandleKind.FieldDefinition:
                return [NamespaceOf(reader, reader.GetFieldDefinition((FieldDefinitionHandle)handle).GetDeclaringType())];
            case HandleKind.MemberReference:
                var member = reader.GetMemberReference((MemberReferenceHandle)handle);
                var ofSignature = member.GetKind() == MemberReferenceKind.Method
                    ? member.DecodeMethodSignature(signatures, null) is var m ? m.ReturnType.Concat(m.ParameterTypes.SelectMany(p => p)) : []
                    : member.DecodeFieldSignature(signatures, null);
                return Namespaces(reader, signatures, member.Parent).Concat(ofSignature);
            case HandleKind.MethodSpecification:
                var specification = reader.GetMethodSpecification((MethodSpecificationHandle)handle);
                return Namespaces(reader, signatures, specification.Method).Concat(specification.DecodeSignature(signatures, null).SelectMany(a => a));
            default:
                return [];
        }
    }
}
