#include "app/SoundPlayer.h"

#include <SFML/System/Err.hpp>

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <sstream>
#include <unistd.h>

namespace acq {

namespace {

// While it lives, SFML's error stream goes to a string and the process's stderr (where OpenAL
// and ALSA write directly) to /dev/null. Used only around opening and closing the device, on
// the main thread before and after the game runs.
class QuietAudio {
public:
    QuietAudio()
        : m_previous(sf::err().rdbuf(m_captured.rdbuf()))
    {
        std::fflush(stderr);
        m_savedStderr = ::dup(STDERR_FILENO);
        const int null = ::open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (null >= 0) {
            ::dup2(null, STDERR_FILENO);
            ::close(null);
        }
    }
    ~QuietAudio()
    {
        std::fflush(stderr);
        if (m_savedStderr >= 0) {
            ::dup2(m_savedStderr, STDERR_FILENO);
            ::close(m_savedStderr);
        }
        sf::err().rdbuf(m_previous);
    }
    QuietAudio(const QuietAudio&) = delete;
    QuietAudio& operator=(const QuietAudio&) = delete;
    std::string captured() const { return m_captured.str(); }

private:
    std::ostringstream m_captured;
    std::streambuf* m_previous;
    int m_savedStderr = -1;
};

} // namespace

void SoundPlayer::open()
{
    m_opened = true;
    // OpenAL Soft reads its log level when it starts; a player who set one keeps it.
    ::setenv("ALSOFT_LOGLEVEL", "0", 0);
    {
        const QuietAudio quiet;
        // The first audio object opens SFML's device; it reports a failure on sf::err().
        m_probe = std::make_unique<sf::SoundBuffer>();
        m_available = quiet.captured().find("Failed") == std::string::npos;
        if (m_available) {
            for (Cue cue : kAllCues) {
                const std::vector<std::int16_t> samples = synthesizeCue(cue);
                if (!m_buffers[cue].loadFromSamples(samples.data(), samples.size(), 1, kCueSampleRate))
                    m_available = false;
            }
            if (m_available)
                m_sound = std::make_unique<sf::Sound>();
        }
    }
    if (!m_available)
        m_err << "acuquest: no audio device: the game is silent\n";
}

SoundPlayer::~SoundPlayer()
{
    if (!m_opened)
        return;
    // Closing the device (or failing to, without one) prints as opening does.
    const QuietAudio quiet;
    m_sound.reset();
    m_buffers.clear();
    m_probe.reset();
}

void SoundPlayer::setVolume(bool on, int volume)
{
    m_on = on;
    m_volume = volume;
    if (on && !m_opened)
        open();
    if (!m_sound)
        return;
    m_sound->setVolume(static_cast<float>(volume));
    if (!on || volume <= 0)
        m_sound->stop();
}

void SoundPlayer::play(Cue cue)
{
    if (!m_sound || !m_on || m_volume <= 0)
        return;
    m_sound->stop();
    m_sound->setBuffer(m_buffers.at(cue));
    m_sound->play();
}

} // namespace acq
