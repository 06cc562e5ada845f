// Plays the game's cues (core/CueSynth.h) through SFML's audio, or stays silent when there is
// no audio device, the sound is off, or the volume is 0.
#pragma once

#include "core/CueSynth.h"

#include <SFML/Audio/Sound.hpp>
#include <SFML/Audio/SoundBuffer.hpp>

#include <map>
#include <memory>
#include <ostream>

namespace acq {

class SoundPlayer {
public:
    // Nothing is opened until the sound is first on (setVolume): with the sound off the game
    // never touches the audio device.
    explicit SoundPlayer(std::ostream& err) : m_err(err) {}
    ~SoundPlayer();
    SoundPlayer(const SoundPlayer&) = delete;
    SoundPlayer& operator=(const SoundPlayer&) = delete;

    // False until the device has been opened, and when there is none.
    bool available() const { return m_available; }
    // `volume` 0-100; off or 0: nothing is played. The first time the sound is on, opens the
    // device (see open()).
    void setVolume(bool on, int volume);
    // A new cue cuts the one playing (the last pair's "right" gives way to "level complete").
    void play(Cue cue);

private:
    // Opens the audio device with OpenAL's and ALSA's own messages held back: without a device
    // (CI, a remote session) they print a screenful; this says so in one line on `err` instead.
    // The cues are synthesized only when there is a device to play them.
    void open();

    std::ostream& m_err;
    bool m_opened = false;
    bool m_available = false;
    bool m_on = true;
    int m_volume = 100;
    // Held for the whole run when there is no device too: SFML closes its device with the last
    // audio object and would open (and complain) again with the next one.
    std::unique_ptr<sf::SoundBuffer> m_probe;
    std::map<Cue, sf::SoundBuffer> m_buffers;
    std::unique_ptr<sf::Sound> m_sound; // made with the device: a sound opens it too
};

} // namespace acq
