#!/usr/bin/env python3
"""Deterministic generator for the synthetic customer-churn sample (stdlib only, fixed seed).

The data is SYNTHETIC: a logistic model over plausible telecom features decides churn, with noise.
  churn.csv          12,000 rows: training + holdout data (the training spec splits it).
  recent-traffic.csv  5,000 rows: recent production traffic with the training distribution (no drift).
  current-traffic.csv 5,000 rows: "recent production traffic" with a realistic shift in two
                      features (monthly_charges up ~18% after a price change, tenure_months lower
                      after an acquisition campaign brought many new customers). Other columns
                      keep their distribution.
Run: python3 templates/churn-model/data/generate.py   (rewrites both files byte-identically)
"""
import csv
import math
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
CONTRACTS = [("month-to-month", 0.55), ("one-year", 0.25), ("two-year", 0.20)]
PAYMENTS = [("electronic-check", 0.34), ("mailed-check", 0.22), ("bank-transfer", 0.22), ("credit-card", 0.22)]
INTERNET = [("fiber", 0.44), ("dsl", 0.34), ("none", 0.22)]
REGIONS = [("north", 0.3), ("south", 0.25), ("east", 0.25), ("west", 0.2)]
HEADER = ["customer_id", "tenure_months", "monthly_charges", "total_charges", "support_calls",
          "contract", "payment_method", "internet_service", "region", "senior_citizen", "churned"]


def pick(rng, choices):
    r, acc = rng.random(), 0.0
    for value, weight in choices:
        acc += weight
        if r < acc:
            return value
    return choices[-1][0]


def row(rng, index, shifted):
    contract = pick(rng, CONTRACTS)
    internet = pick(rng, INTERNET)
    payment = pick(rng, PAYMENTS)
    region = pick(rng, REGIONS)
    senior = 1 if rng.random() < 0.16 else 0
    tenure_scale = 9.0 if shifted else 22.0
    tenure = min(72, int(rng.expovariate(1.0 / tenure_scale)) + 1)
    base = {"fiber": 85.0, "dsl": 55.0, "none": 25.0}[internet]
    charges = max(18.0, rng.gauss(base, 12.0)) * (1.18 if shifted else 1.0)
    total = charges * tenure * rng.uniform(0.95, 1.05)
    calls = min(12, int(rng.expovariate(1.0 / (1.2 + (1.0 if internet == "fiber" else 0.0)))))
    z = (-1.2 - 0.045 * tenure + 0.022 * (charges - 60.0) + 0.38 * calls
         + {"month-to-month": 1.3, "one-year": -0.2, "two-year": -1.4}[contract]
         + (0.5 if payment == "electronic-check" else 0.0) + 0.35 * senior + rng.gauss(0.0, 0.6))
    churned = 1 if rng.random() < 1.0 / (1.0 + math.exp(-1.8 * z)) else 0
    return [f"C{index:06d}", tenure, f"{charges:.2f}", f"{total:.2f}", calls,
            contract, payment, internet, region, senior, churned]


def write(name, rows, seed, shifted, start):
    rng = random.Random(seed)
    with open(os.path.join(HERE, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(HEADER)
        for i in range(rows):
            w.writerow(row(rng, start + i, shifted))


if __name__ == "__main__":
    write("churn.csv", 12000, 20261123, False, 1)
    write("current-traffic.csv", 5000, 20261124, True, 100001)
    write("recent-traffic.csv", 5000, 20261125, False, 200001)
