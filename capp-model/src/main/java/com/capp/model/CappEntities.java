package com.capp.model;

import java.util.List;

/** The entity classes that make up the CAPP schema, for schema tools (no classpath scanning). */
public final class CappEntities {

    private CappEntities() {
    }

    public static List<Class<?>> all() {
        return List.of(
                User.class,
                PaymentRoute.class,
                Payment.class,
                LiquidityPool.class,
                LiquidityReservation.class,
                AgentActivity.class,
                ExchangeRate.class,
                ComplianceRecord.class,
                MpesaTransaction.class,
                MpesaCallback.class,
                MmoCallback.class);
    }
}
