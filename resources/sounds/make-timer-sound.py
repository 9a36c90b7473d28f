#!/usr/bin/env python3
"""Writes timer-end.wav, the chime the retrospective timer plays when time is up.

The sound is synthesised here (no sample is downloaded): two bell strokes, each a few decaying
partials, 16-bit mono PCM at 22050 Hz. Run it again after changing the numbers below:
    python3 resources/sounds/make-timer-sound.py
"""
import math
import os
import struct
import wave

RATE = 22050
STROKES = [(0.0, 880.0), (0.45, 1174.66), (0.9, 880.0)]  # (start seconds, fundamental Hz)
PARTIALS = [(1.0, 1.0), (2.0, 0.45), (3.0, 0.25), (4.2, 0.12)]  # (frequency ratio, amplitude)
LENGTH = 2.2  # seconds
DECAY = 3.2  # 1/seconds


def sample(t):
    value = 0.0
    for start, base in STROKES:
        dt = t - start
        if dt < 0:
            continue
        attack = min(1.0, dt / 0.004)
        envelope = attack * math.exp(-DECAY * dt)
        for ratio, amplitude in PARTIALS:
            value += amplitude * envelope * math.sin(2 * math.pi * base * ratio * dt)
    return value


def main():
    frames = [sample(i / RATE) for i in range(int(LENGTH * RATE))]
    peak = max(abs(v) for v in frames) or 1.0
    fade = int(0.05 * RATE)
    data = bytearray()
    for i, v in enumerate(frames):
        tail = min(1.0, (len(frames) - i) / fade)
        data += struct.pack("<h", int(v / peak * 0.8 * tail * 32767))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "timer-end.wav")
    with wave.open(path, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(bytes(data))


if __name__ == "__main__":
    main()
