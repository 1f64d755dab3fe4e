package de.integreat.chat.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ConstantDynamic;
import org.objectweb.asm.FieldVisitor;
import org.objectweb.asm.Handle;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * What a class file refers to, in any form the JVM or its code can use to load a class: supertypes, field and
 * method descriptors, every class an instruction names (in any method, whether it ever runs or not), method handles
 * and bootstrap arguments, exception handlers, stack map frames, annotations, inner-class entries, and strings that
 * spell a class name (as {@code Class.forName} gets them). Deliberately generous. Not counted: constant-pool entries
 * nothing uses, which javac leaves for the class of an inlined compile-time constant (the JVM never resolves them).
 */
final class ClassReferences {

    /** {@code some.pkg.Name} or {@code some/pkg/Name} inside a string constant. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:[./][A-Za-z_$][\\w$]*)+");

    /** Internal names ({@code a/b/C}) of every class referred to, and of candidates spelled in strings. */
    final Set<String> names = new LinkedHashSet<>();
    /** The superclass (if any) and the interfaces: what loading (not linking) the class needs. */
    final List<String> supertypes = new ArrayList<>();

    private ClassReferences() {
    }

    static ClassReferences read(byte[] classFile) {
        ClassReferences refs = new ClassReferences();
        new ClassReader(classFile).accept(refs.new Collector(), 0);
        return refs;
    }

    private void type(Type type) {
        switch (type.getSort()) {
            case Type.ARRAY -> type(type.getElementType());
            case Type.OBJECT -> names.add(type.getInternalName());
            case Type.METHOD -> {
                type(type.getReturnType());
                for (Type argument : type.getArgumentTypes()) {
                    type(argument);
                }
            }
            default -> {
                // primitive
            }
        }
    }

    private void descriptor(String descriptor) {
        if (descriptor != null) {
            type(descriptor.startsWith("(") ? Type.getMethodType(descriptor) : Type.getType(descriptor));
        }
    }

    private void internalName(String name) {
        if (name != null) {
            type(name.startsWith("[") ? Type.getType(name) : Type.getObjectType(name));
        }
    }

    private void constant(Object value) {
        if (value instanceof Type type) {
            type(type);
        } else if (value instanceof Handle handle) {
            internalName(handle.getOwner());
            descriptor(handle.getDesc());
        } else if (value instanceof ConstantDynamic dynamic) {
            descriptor(dynamic.getDescriptor());
            constant(dynamic.getBootstrapMethod());
            for (int i = 0; i < dynamic.getBootstrapMethodArgumentCount(); i++) {
                constant(dynamic.getBootstrapMethodArgument(i));
            }
        } else if (value instanceof String text) {
            Matcher name = NAME.matcher(text);
            while (name.find()) {
                names.add(name.group().replace('.', '/'));
            }
        }
    }

    private final class Collector extends ClassVisitor {

        private final AnnotationVisitor annotations = new AnnotationVisitor(Opcodes.ASM9) {
            @Override
            public void visit(String name, Object value) {
                constant(value);
            }

            @Override
            public void visitEnum(String name, String descriptor, String value) {
                descriptor(descriptor);
            }

            @Override
            public AnnotationVisitor visitAnnotation(String name, String descriptor) {
                descriptor(descriptor);
                return this;
            }

            @Override
            public AnnotationVisitor visitArray(String name) {
                return this;
            }
        };

        Collector() {
            super(Opcodes.ASM9);
        }

        @Override
        public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
            if (superName != null) {
                supertypes.add(superName);
                internalName(superName);
            }
            for (String i : interfaces) {
                supertypes.add(i);
                internalName(i);
            }
        }

        @Override
        public void visitOuterClass(String owner, String name, String descriptor) {
            internalName(owner);
            descriptor(descriptor);
        }

        @Override
        public void visitInnerClass(String name, String outerName, String innerName, int access) {
            internalName(name);
            internalName(outerName);
        }

        @Override
        public void visitNestHost(String nestHost) {
            internalName(nestHost);
        }

        @Override
        public void visitNestMember(String nestMember) {
            internalName(nestMember);
        }

        @Override
        public void visitPermittedSubclass(String permittedSubclass) {
            internalName(permittedSubclass);
        }

        @Override
        public AnnotationVisitor visitAnnotation(String descriptor, boolean visible) {
            descriptor(descriptor);
            return annotations;
        }

        @Override
        public FieldVisitor visitField(int access, String name, String descriptor, String signature, Object value) {
            descriptor(descriptor);
            constant(value);
            return new FieldVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    descriptor(annotation);
                    return annotations;
                }
            };
        }

        @Override
        public MethodVisitor visitMethod(int access, String name, String descriptor, String signature, String[] exceptions) {
            descriptor(descriptor);
            if (exceptions != null) {
                for (String e : exceptions) {
                    internalName(e);
                }
            }
            return new MethodVisitor(Opcodes.ASM9) {
                @Override
                public AnnotationVisitor visitAnnotation(String annotation, boolean visible) {
                    descriptor(annotation);
                    return annotations;
                }

                @Override
                public AnnotationVisitor visitParameterAnnotation(int parameter, String annotation, boolean visible) {
                    descriptor(annotation);
                    return annotations;
                }

                @Override
                public AnnotationVisitor visitAnnotationDefault() {
                    return annotations;
                }

                @Override
                public void visitTypeInsn(int opcode, String type) {
                    internalName(type);
                }

                @Override
                public void visitFieldInsn(int opcode, String owner, String fieldName, String fieldDescriptor) {
                    internalName(owner);
                    descriptor(fieldDescriptor);
                }

                @Override
                public void visitMethodInsn(int opcode, String owner, String methodName, String methodDescriptor, boolean isInterface) {
                    internalName(owner);
                    descriptor(methodDescriptor);
                }

                @Override
                public void visitInvokeDynamicInsn(String indyName, String indyDescriptor, Handle bootstrap, Object... arguments) {
                    descriptor(indyDescriptor);
                    constant(bootstrap);
                    for (Object argument : arguments) {
                        constant(argument);
                    }
                }

                @Override
                public void visitLdcInsn(Object value) {
                    constant(value);
                }

                @Override
                public void visitMultiANewArrayInsn(String arrayDescriptor, int dimensions) {
                    descriptor(arrayDescriptor);
                }

                @Override
                public void visitTryCatchBlock(Label start, Label end, Label handler, String type) {
                    internalName(type);
                }

                @Override
                public void visitFrame(int type, int numLocal, Object[] local, int numStack, Object[] stack) {
                    frameTypes(local, numLocal);
                    frameTypes(stack, numStack);
                }

                private void frameTypes(Object[] types, int count) {
                    for (int i = 0; types != null && i < count; i++) {
                        if (types[i] instanceof String internal) {
                            internalName(internal);
                        }
                    }
                }
            };
        }
    }
}
