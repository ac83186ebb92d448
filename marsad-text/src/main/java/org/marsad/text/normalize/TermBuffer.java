package org.marsad.text.normalize;

import java.util.Arrays;

/** A growable char buffer that hot loops reuse instead of allocating a String per token. */
public final class TermBuffer implements CharSequence {
    private char[] chars;
    private int length;

    public TermBuffer() {
        this(32);
    }

    public TermBuffer(int capacity) {
        chars = new char[Math.max(capacity, 4)];
    }

    public char[] buffer() {
        return chars;
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int index) {
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException(index);
        }
        return chars[index];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        return new String(chars, start, end - start);
    }

    public void clear() {
        length = 0;
    }

    /** Shortens the content to {@code newLength} chars. */
    public void setLength(int newLength) {
        if (newLength < 0 || newLength > length) {
            throw new IndexOutOfBoundsException(newLength);
        }
        length = newLength;
    }

    public void append(char c) {
        if (length == chars.length) {
            chars = Arrays.copyOf(chars, chars.length * 2);
        }
        chars[length++] = c;
    }

    public void append(char[] src) {
        if (length + src.length > chars.length) {
            chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + src.length));
        }
        System.arraycopy(src, 0, chars, length, src.length);
        length += src.length;
    }

    public void set(CharSequence s) {
        clear();
        for (int i = 0; i < s.length(); i++) {
            append(s.charAt(i));
        }
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }
}
