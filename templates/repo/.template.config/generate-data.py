#!/usr/bin/env python3
"""Deterministic generator of the tollgate-repo template's SYNTHETIC sample data (stdlib only, fixed seeds).

One small dataset per task option, each with training data and "recent traffic" of the same
distribution (the staging drift gate compares them):
  model/data/binary/{train,recent}.csv       customer churn: churned 0/1
  model/data/multiclass/{train,recent}.csv   support-ticket routing: team billing|technical|sales
  model/data/regression/{train,recent}.csv   delivery time in minutes
Run: python3 templates/repo/.template.config/generate-data.py   (rewrites the files byte-identically)
"""
import csv
import math
import os
import random

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "model", "data")


def pick(rng, choices):
    r, acc = rng.random(), 0.0
    for value, weight in choices:
        acc += weight
        if r < acc:
            return value
    return choices[-1][0]


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


def write(path, header, make, seed, rows):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    rng = random.Random(seed)
    with open(path, "w", newline="") as f:
        out = csv.writer(f, lineterminator="\n")
        out.writerow(header)
        for _ in range(rows):
            out.writerow(make(rng))


for task, (header, make, seed) in TASKS.items():
    write(os.path.join(ROOT, task, "train.csv"), header, make, seed, 2000)
    write(os.path.join(ROOT, task, "recent.csv"), header, make, seed + 100, 600)
