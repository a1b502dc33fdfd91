package com.capp.autogen.spring;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/** The application's class path as a jar built without its migrations' .java files sees it. */
final class WithoutSourcesClassLoader extends ClassLoader {

    WithoutSourcesClassLoader(ClassLoader parent) {
        super(parent);
    }

    @Override
    public URL getResource(String name) {
        return name.endsWith(".java") ? null : super.getResource(name);
    }

    @Override
    public Enumeration<URL> getResources(String name) throws IOException {
        return name.endsWith(".java") ? Collections.emptyEnumeration() : super.getResources(name);
    }
}
