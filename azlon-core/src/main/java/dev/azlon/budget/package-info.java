/**
 * API. What a solve may spend and what it spent: tokens, dollars at known or given prices, and
 * time.
 */
package dev.azlon.budget;
