package com.capp.autogen.inspect;

import com.capp.autogen.schema.CheckConstraint;
import com.capp.autogen.schema.ForeignKey;
import com.capp.autogen.schema.PrimaryKey;
import com.capp.autogen.schema.UniqueConstraint;

import java.util.ArrayList;
import java.util.List;

/** The constraints of one table as they are collected from the catalog rows. */
final class TableConstraints {

    PrimaryKey primaryKey;
    final List<UniqueConstraint> uniques = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<CheckConstraint> checks = new ArrayList<>();
}
