import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.objectweb.asm.AnnotationVisitor;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.TypePath;

/**
 * Rewrites the packaged app's jars in place (package.sh):
 * <ul>
 *   <li>without their classes' local-variable tables, which are for debuggers stepping through a library; the line
 *       numbers every stack trace in the log needs stay;</li>
 *   <li>with class files older than Java 6 (picocli's) lifted to Java 8, their stack maps computed: the JVM's
 *       class-data archive leaves such old classes out, so every start loaded and verified them again.</li>
 * </ul>
 * Run with the build's JDK as a source file: {@code java -cp asm.jar RewriteJars.java JAR...}; the jars given are
 * also the classes the stack maps are worked out against.
 */
public final class RewriteJars {

    public static void main(String[] args) throws IOException {
        URL[] urls = new URL[args.length];
        for (int i = 0; i < args.length; i++) {
            urls[i] = Path.of(args[i]).toUri().toURL();
        }
        try (URLClassLoader classes = new URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            for (String jar : args) {
                rewrite(Path.of(jar), classes);
            }
        }
    }

    private static void rewrite(Path jar, ClassLoader classes) throws IOException {
        Path stripped = jar.resolveSibling(jar.getFileName() + ".part");
        try (InputStream file = Files.newInputStream(jar); ZipInputStream in = new ZipInputStream(file);
             OutputStream target = Files.newOutputStream(stripped); ZipOutputStream out = new ZipOutputStream(target)) {
            out.setLevel(Deflater.BEST_COMPRESSION);
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                byte[] bytes = in.readAllBytes();
                String name = entry.getName();
                if (name.endsWith(".class") && !name.endsWith("module-info.class")) {
                    bytes = rewritten(bytes, jar, name, classes);
                }
                ZipEntry copy = new ZipEntry(name);
                copy.setTime(entry.getTime());
                out.putNextEntry(copy);
                out.write(bytes);
                out.closeEntry();
            }
        }
        Files.move(stripped, jar, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] rewritten(byte[] bytes, Path jar, String name, ClassLoader classes) {
        try {
            ClassReader reader = new ClassReader(bytes);
            boolean old = reader.readUnsignedShort(6) < Opcodes.V1_6; // the major version
            ClassWriter writer = old ? new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
                @Override
                protected ClassLoader getClassLoader() {
                    return classes;
                }
            } : new ClassWriter(0);
            reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
                @Override
                public void visit(int version, int access, String className, String signature, String superName,
                                  String[] interfaces) {
                    super.visit(old ? Opcodes.V1_8 : version, access, className, signature, superName, interfaces);
                }

                @Override
                public MethodVisitor visitMethod(int access, String method, String descriptor, String signature,
                                                 String[] exceptions) {
                    return new MethodVisitor(Opcodes.ASM9,
                            super.visitMethod(access, method, descriptor, signature, exceptions)) {
                        @Override
                        public void visitLocalVariable(String local, String type, String generic, Label start,
                                                       Label end, int index) {
                            // left out
                        }

                        @Override
                        public AnnotationVisitor visitLocalVariableAnnotation(int typeRef, TypePath typePath,
                                Label[] start, Label[] end, int[] index, String type, boolean visible) {
                            return null;
                        }
                    };
                }
            }, old ? ClassReader.SKIP_FRAMES : 0);
            return writer.toByteArray();
        } catch (RuntimeException e) {
            System.err.println("RewriteJars: " + jar.getFileName() + "!" + name + " kept as it was (" + e + ")");
            return bytes;
        }
    }
}
