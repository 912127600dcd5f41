#!/usr/bin/env python3
"""Deterministic generator of ALL the SYNTHETIC sample data under templates/ (stdlib only, fixed seeds).

One script, so the two samples share their sampling and CSV writing instead of each carrying a copy.

churn-model/data/  the kit's own sample (root tollgate.yml), customer churn: a logistic model over plausible
                   telecom features decides churn, with noise.
  churn.csv            12,000 rows: training + holdout data (the training spec splits it).
  recent-traffic.csv    5,000 rows: recent production traffic with the training distribution (no drift).
  current-traffic.csv   5,000 rows: "recent production traffic" with a realistic shift in two features
                        (monthly_charges up ~18% after a price change, tenure_months lower after an
                        acquisition campaign brought many new customers). Other columns keep their distribution.
repo/model/data/   the tollgate-repo template's data: one small dataset per task option, each with training
                   data and "recent traffic" of the same distribution (the staging drift gate compares them):
  binary/{train,recent}.csv       customer churn: churned 0/1
  multiclass/{train,recent}.csv   support-ticket routing: team billing|technical|sales
  regression/{train,recent}.csv   delivery time in minutes

Run: python3 templates/generate-data.py [ROOT]   (rewrites the files byte-identically; ROOT defaults to templates/)
"""
import csv
import math
import os
import random
import sys


def pick(rng, choices):
    r, acc = rng.random(), 0.0
    for value, weight in choices:
        acc += weight
        if r < acc:
            return value
    return choices[-1][0]


def write(path, header, rows, make, seed):
    """Writes `rows` rows of make(rng, i) under a header, with a fresh generator seeded with `seed`."""
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rng = random.Random(seed)
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        for i in range(rows):
            out.writerow(make(rng, i))


# --- churn-model: the kit's own sample -------------------------------------------------------------------

CONTRACTS = [("month-to-month", 0.55), ("one-year", 0.25), ("two-year", 0.20)]
PAYMENTS = [("electronic-check", 0.34), ("mailed-check", 0.22), ("bank-transfer", 0.22), ("credit-card", 0.22)]
INTERNET = [("fiber", 0.44), ("dsl", 0.34), ("none", 0.22)]
REGIONS = [("north", 0.3), ("south", 0.25), ("east", 0.25), ("west", 0.2)]
CHURN_HEADER = ["customer_id", "tenure_months", "monthly_charges", "total_charges", "support_calls",
                "contract", "payment_method", "internet_service", "region", "senior_citizen", "churned"]


def customer(rng, index, shifted):
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


def churn_model(root):
    data = os.path.join(root, "churn-model", "data")
    for name, rows, seed, shifted, start in [("churn.csv", 12000, 20261123, False, 1),
                                             ("current-traffic.csv", 5000, 20261124, True, 100001),
                                             ("recent-traffic.csv", 5000, 20261125, False, 200001)]:
        write(os.path.join(data, name), CHURN_HEADER, rows, lambda rng, i: customer(rng, start + i, shifted), seed)


# --- tollgate-repo template: one dataset per task option ----------------------------------------------------

def binary(rng):
    contract = pick(rng, [("month-to-month", 0.55), ("one-year", 0.25), ("two-year", 0.2)])
    region = pick(rng, [("north", 0.3), ("south", 0.25), ("east", 0.25), ("west", 0.2)])
    tenure = max(1, min(72, int(rng.expovariate(1 / 24)) + 1))
    charges = round(min(120.0, max(18.0, rng.gauss(65, 22))), 2)
    calls = min(9, int(rng.expovariate(1 / 1.3)))
    z = -1.2 - 0.05 * tenure + 0.025 * (charges - 65) + 0.45 * calls
    z += {"month-to-month": 1.4, "one-year": -0.3, "two-year": -1.5}[contract] + rng.gauss(0, 0.6)
    churned = 1 if rng.random() < 1 / (1 + math.exp(-z)) else 0
    return [tenure, charges, calls, contract, region, churned]


def multiclass(rng):
    product = pick(rng, [("router", 0.35), ("mobile", 0.4), ("tv", 0.25)])
    channel = pick(rng, [("email", 0.4), ("phone", 0.35), ("chat", 0.25)])
    words = max(5, int(rng.gauss(80, 35)))
    prior = min(12, int(rng.expovariate(1 / 2)))
    amount = round(max(0.0, rng.gauss(40, 30)), 2)
    scores = {
        "billing": 0.03 * amount + (0.8 if channel == "email" else 0) + rng.gauss(0, 0.7),
        "technical": 0.02 * words + (1.0 if product == "router" else 0) + 0.2 * prior + rng.gauss(0, 0.7),
        "sales": (1.2 if channel == "chat" else 0) + (0.8 if product == "tv" else 0) + 1.0 + rng.gauss(0, 0.7),
    }
    team = max(scores, key=scores.get)
    return [words, prior, amount, product, channel, team]


def regression(rng):
    weather = pick(rng, [("clear", 0.6), ("rain", 0.3), ("snow", 0.1)])
    vehicle = pick(rng, [("bike", 0.35), ("car", 0.5), ("van", 0.15)])
    distance = round(max(0.3, rng.gammavariate(2.0, 2.5)), 2)
    items = 1 + int(rng.expovariate(1 / 3))
    hour = rng.randint(8, 22)
    minutes = 8 + 3.1 * distance + 0.9 * items + (6 if 17 <= hour <= 19 else 0)
    minutes *= {"clear": 1.0, "rain": 1.2, "snow": 1.5}[weather] * {"bike": 1.1, "car": 1.0, "van": 1.05}[vehicle]
    return [distance, items, hour, weather, vehicle, round(minutes + rng.gauss(0, 3), 1)]


TASKS = {
    "binary": (["tenure_months", "monthly_charges", "support_calls", "contract", "region", "churned"], binary, 11),
    "multiclass": (["ticket_words", "prior_tickets", "amount_disputed", "product", "channel", "team"], multiclass, 12),
    "regression": (["distance_km", "items", "hour", "weather", "vehicle", "delivery_minutes"], regression, 13),
}


def repo_template(root):
    data = os.path.join(root, "repo", "model", "data")
    for task, (header, make, seed) in TASKS.items():
        write(os.path.join(data, task, "train.csv"), header, 2000, lambda rng, _, make=make: make(rng), seed)
        write(os.path.join(data, task, "recent.csv"), header, 600, lambda rng, _, make=make: make(rng), seed + 100)


if __name__ == "__main__":
    target = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    churn_model(target)
    repo_template(target)
