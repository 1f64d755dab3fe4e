package de.integreat.chat.benchmark;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a class file names, read from its constant pool: every class it refers to, in any form the JVM or code can
 * use to load it (class entries, field and method descriptors, generic signatures, method handles, annotations,
 * and strings that spell a class name, as {@code Class.forName} gets them). Deliberately generous: a name counts
 * whatever the instruction that uses it, so a class a method merely mentions is "referenced" too.
 */
final class ClassReferences {

    /** {@code Lsome/pkg/Name;} or {@code Lsome/pkg/Name<} inside a descriptor or signature. */
    private static final Pattern DESCRIPTOR = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)*)[;<]");
    /** {@code some/pkg/Name} or {@code some.pkg.Name}. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:[./][A-Za-z_$][\\w$]*)+");

    /** Internal names ({@code a/b/C}) of the candidates, to be checked against what exists. */
    final Set<String> names;
    /** The superclass (if any) and the interfaces: what loading the class needs. */
    final List<String> supertypes;

    private ClassReferences(Set<String> names, List<String> supertypes) {
        this.names = names;
        this.supertypes = supertypes;
    }

    static ClassReferences read(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> classNameIndex[i] = in.readUnsignedShort();
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    default -> throw new IllegalArgumentException("unknown constant pool tag " + tag);
                }
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int superIndex = in.readUnsignedShort();
            List<String> supertypes = new ArrayList<>();
            if (superIndex != 0) {
                supertypes.add(utf8[classNameIndex[superIndex]]);
            }
            int interfaces = in.readUnsignedShort();
            for (int i = 0; i < interfaces; i++) {
                supertypes.add(utf8[classNameIndex[in.readUnsignedShort()]]);
            }
            Set<String> names = new LinkedHashSet<>();
            for (String text : utf8) {
                if (text == null) {
                    continue;
                }
                Matcher descriptor = DESCRIPTOR.matcher(text);
                while (descriptor.find()) {
                    names.add(descriptor.group(1));
                }
                Matcher name = NAME.matcher(text);
                while (name.find()) {
                    names.add(name.group().replace('.', '/'));
                }
            }
            return new ClassReferences(names, supertypes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
